import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentFile } from '../../src/lib/content/files.ts';
import { analyseBody, dangerousScheme } from '../../src/lib/content/rules/mdx.ts';
import { isSitePath, readSiteRoutes, routeOf } from '../../src/lib/content/site-routes.ts';
import { repoRoot } from '../helpers/fixture.ts';

/** A procedure whose body starts on line 10 of its file, as if after nine lines of frontmatter. */
const doc = (body: string): DocumentFile => ({
  collection: 'procedures',
  id: 'example',
  file: 'content/procedures/example.mdx',
  frontmatter: { file: 'content/procedures/example.mdx', value: {}, syntaxErrors: [], lineOf: () => 1 },
  body,
  bodyLine: 10,
});
const messages = (body: string) => analyseBody(doc(body)).problems.map((p) => `${p.line}: ${p.field}: ${p.message}`);

test('plain Markdown has no problems', () => {
  assert.deepEqual(
    messages(
      '## Scope\n\nText with **bold**, a [link](/procedures/neglect/) and a list:\n\n- one\n- two\n\n### Detail\n\n| a | b |\n| - | - |\n| 1 | 2 |\n',
    ),
    [],
  );
});

test('dangerous schemes are found however they are disguised', () => {
  for (const url of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<p>',
    'vbscript:msgbox',
    'javascript%3Aalert(1)',
  ]) {
    assert.ok(dangerousScheme(url), url);
  }
  for (const url of ['https://example.org/javascript:', '/procedures/data-protection/', 'mailto:someone@example.org', '#javascript']) {
    assert.equal(dangerousScheme(url), null, url);
  }
});

test('problems carry the line in the file, not in the body', () => {
  const [problem] = messages('## Scope\n\n<script>alert(1)</script>\n');
  assert.match(problem!, /^12: MDX safety: <script> runs code/);
});

test('a body that is not valid MDX is one error with its line and advice', () => {
  const problems = messages('## Scope\n\nA note {to editors\n\nMore text.\n');
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /^1\d: MDX syntax: the text cannot be read: curly braces/);
  assert.match(messages('## Scope\n\n<!-- a note -->\n')[0]!, /^12: MDX syntax: .*HTML comments/);
  assert.match(
    messages('## Scope\n\nexport of data is covered below.\n')[0]!,
    /^12: MDX syntax: .*starts with "import" or "export" is read as code/,
  );
});

test('an element with a specific safety problem gets that message only', () => {
  const problems = messages('<span onClick="steal()">Click</span>\n');
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /onClick attribute on <span> runs code/);
  assert.match(messages('<div>Box</div>\n')[0]!, /<div> is not one of the site's content components/);
});

test('headings get the ids Astro gives them, duplicates numbered', () => {
  const { headings } = analyseBody(doc('## What to do\n\n## What `to` do\n\n### Step 1: call *999*\n\n## Who & why\n'));
  assert.deepEqual(
    headings.map((h) => h.slug),
    ['what-to-do', 'what-to-do-1', 'step-1-call-999', 'who--why'],
  );
});

test('a heading may not skip a level, counting the title as the level-1 heading', () => {
  assert.match(messages('### Too deep\n')[0]!, /skips a level after a level-1 heading: use "## "/);
  assert.match(messages('## A\n\n#### B\n')[0]!, /skips a level after a level-2 heading: use "### "/);
  assert.deepEqual(messages('## A\n\n### B\n\n## C\n\n### D\n'), []);
});

test('placeholders are errors in published documents and warnings in drafts', () => {
  const body = '## Scope\n\nTODO: say who this is for.\n';
  assert.equal(analyseBody(doc(body)).problems[0]!.severity, 'error');
  assert.equal(analyseBody(doc(body), { draft: true }).problems[0]!.severity, 'warning');
});

test('site routes come from src/pages and public/', () => {
  assert.equal(routeOf('index.astro'), '/');
  assert.equal(routeOf('a-z/index.astro'), '/a-z/');
  assert.equal(routeOf('sitemap.xml.ts'), '/sitemap.xml');
  assert.equal(routeOf('subgroups/[id].astro'), '/subgroups/[id]/');
  const routes = readSiteRoutes(repoRoot);
  assert.ok(isSitePath(routes, '/contacts/'));
  assert.ok(isSitePath(routes, '/favicon.svg'));
  assert.equal(isSitePath(routes, '/no-such-page/'), false);
  assert.equal(isSitePath(routes, '/anything/at-all/'), false, 'a pattern such as [collection]/[id] must not match everything');
});
