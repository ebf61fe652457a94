/** Stable addresses: former addresses become redirects, and no address can belong to two documents. */
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { readContent, readDocumentsContaining } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { redirectingDocuments, redirectingDocumentsIn, redirectsFor } from '../../src/lib/content/redirects.ts';
import { copyFixture, edit, repoRoot, validFixture } from '../helpers/fixture.ts';
import { contentDir } from '../../src/lib/content/dir.ts';

const problemsIn = (dir: string) => validateContent(readContent(repoRoot, dir), { today: '2026-06-01' }).problems.map(formatProblem);

test("the fixture procedure's former address redirects to it, with the base path on the destination only", () => {
  const docs = redirectingDocuments(readContent(repoRoot, validFixture));
  assert.deepEqual(redirectsFor(docs, '/', { preview: false }), { '/procedures/old-fixture-procedure/': '/procedures/fixture-procedure/' });
  assert.deepEqual(redirectsFor(docs, '/llr-procedures/', { preview: false }), {
    '/procedures/old-fixture-procedure/': '/llr-procedures/procedures/fixture-procedure/',
  });
});

test('the build reads former addresses from only the files that name them, and finds what a full read finds', () => {
  for (const dir of [validFixture, contentDir(repoRoot)]) {
    const documents = readContent(repoRoot, dir).documents;
    const naming = readDocumentsContaining('redirectFrom', repoRoot, dir);
    assert.ok(naming.length < documents.length, `${dir}: some documents have no former address`);
    assert.deepEqual(
      naming.map((doc) => doc.file),
      documents.filter((doc) => /^redirectFrom:/m.test(readFileSync(join(repoRoot, doc.file), 'utf8'))).map((doc) => doc.file),
    );
    assert.deepEqual(redirectingDocumentsIn(repoRoot, dir), redirectingDocuments({ documents }));
  }
});

test("a draft's former addresses redirect only in previews, where its page exists", () => {
  const doc = { collection: 'procedures', id: 'new-name', status: 'draft', redirectFrom: ['/procedures/old-name/'] } as const;
  assert.deepEqual(redirectsFor([doc], '/', { preview: false }), {});
  assert.deepEqual(redirectsFor([doc], '/', { preview: true }), { '/procedures/old-name/': '/procedures/new-name/' });
  assert.deepEqual(redirectsFor([{ ...doc, status: 'archived' }], '/', { preview: false }), {
    '/procedures/old-name/': '/procedures/new-name/',
  });
});

test('frontmatter the checker would refuse is skipped, not thrown on, when reading redirects', () => {
  const dir = copyFixture();
  edit(dir, 'procedures/fixture-procedure.mdx', 'redirectFrom: [/procedures/old-fixture-procedure/]', 'redirectFrom: [Old Name]');
  edit(dir, 'briefings/fixture-briefing.mdx', 'title: Fixture briefing', 'title: [broken');
  assert.deepEqual(redirectingDocuments(readContent(repoRoot, dir)), []);
  assert.deepEqual(redirectingDocumentsIn(repoRoot, dir), []);
});

test('two documents claiming one former address are refused, naming both files', () => {
  const dir = copyFixture();
  edit(
    dir,
    'briefings/fixture-briefing.mdx',
    'owner: learning-and-development',
    'owner: learning-and-development\nredirectFrom: [/procedures/old-fixture-procedure/]',
  );
  const problems = problemsIn(dir);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /fixture-procedure\.mdx|fixture-briefing\.mdx/);
  assert.match(
    problems[0]!,
    /redirectFrom\[0\]: the address \/procedures\/old-fixture-procedure\/ is already used by .*: each address can belong to one document only/,
  );
  assert.ok(
    problems[0]!.includes('procedures/fixture-procedure.mdx') && problems[0]!.includes('briefings/fixture-briefing.mdx'),
    'both file names',
  );
});

test("a former address that is another document's current address is refused, naming both files", () => {
  const dir = copyFixture();
  edit(
    dir,
    'procedures/fixture-procedure.mdx',
    'redirectFrom: [/procedures/old-fixture-procedure/]',
    'redirectFrom: [/briefings/fixture-briefing/]',
  );
  const problems = problemsIn(dir).join('\n');
  assert.match(problems, /the address \/briefings\/fixture-briefing\/ is already used by/);
  assert.ok(
    problems.includes('procedures/fixture-procedure.mdx') && problems.includes('briefings/fixture-briefing.mdx'),
    'both file names',
  );
});
