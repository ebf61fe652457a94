import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { indexedPages } from '../helpers/pagefind-index.ts';
import { documentPageCollection } from '../helpers/site.ts';

/** The content of a `<meta name=…>` in a built page, entities decoded. */
function metaContent(html: string, name: string): string | undefined {
  const match = new RegExp(`<meta name="${name}" content="([^"]*)"[^>]*data-pagefind-meta`).exec(html);
  return match?.[1]?.replace(/&amp;/g, '&').replace(/&#39;/g, "'");
}

test('the build gives documents search keywords from their tags and the glossary, and writes the search data', () => {
  const content = copyFixture();
  edit(
    content,
    'procedures/fixture-procedure.mdx',
    'summary: A procedure used by the tests, about bruising in babies.',
    'summary: A procedure used by the tests, about bruising in babies and fabricated illness.\ntags: [bruise, non-mobile]',
  );
  edit(
    content,
    'procedures/fixture-procedure.mdx',
    "Children's social care.\n",
    "Children's social care. Tell the LADO about allegations against staff.\n",
  );
  edit(content, 'procedures/fixture-draft.mdx', 'Draft text.', 'Draft text about zorblaxing.');
  const { status, output, outDir } = buildSite(content, { SITE_PREVIEW: '' });
  assert.equal(status, 0, output);

  const html = readFileSync(join(outDir, 'procedures/fixture-procedure/index.html'), 'utf8');
  assert.equal(
    metaContent(html, 'keywords'),
    'bruise, non-mobile, FII, Fabricated or induced illness, fabricated illness, induced illness',
    'tags, then the glossary names of what the summary mentions',
  );
  assert.equal(metaContent(html, 'llr:related-terms'), 'LADO', 'the term of what only the body mentions');
  assert.match(html, /<p class="lead"[^>]*data-pagefind-meta="summary"/, 'the summary is result metadata');
  assert.doesNotMatch(
    html.slice(html.indexOf('<main')),
    /<meta name="keywords"/,
    'keywords are outside the indexed body, so never in excerpts',
  );

  const glossary = JSON.parse(readFileSync(join(outDir, 'search/glossary.json'), 'utf8')) as Record<string, string>;
  assert.equal(glossary['allegations against staff'], 'LADO');
  assert.equal(glossary['fabricated or induced illness'], 'FII');

  const vocabulary = JSON.parse(readFileSync(join(outDir, 'search/vocabulary.json'), 'utf8')) as Record<string, number>;
  assert.ok(vocabulary['bruising']! >= 1, 'words of published documents are in the vocabulary');
  assert.equal(vocabulary['zorblaxing'], undefined, "a draft's words are not");

  // What the index holds: documents' main content, never the page furniture around it, which
  // the page itself does show.
  for (const shown of ['Skip to main content', 'Next review due', 'Who to call', 'Accessibility statement'])
    assert.ok(html.includes(shown), `the page shows "${shown}"`);
  const pages = indexedPages(outDir);
  const procedure = pages.find((page) => page.url === '/procedures/fixture-procedure/');
  assert.ok(procedure, 'the published procedure is indexed');
  assert.match(procedure.content, /^Fixture procedure\. /, 'the title leads the indexed text');
  assert.match(procedure.content, /This covers bruising in babies who are not yet mobile/, 'the body is indexed');
  for (const page of pages) {
    // The contacts page is itself "Worried about a child?": only documents carry the header's link as furniture.
    const furniture = [
      'Skip to main content',
      'Accessibility statement',
      ...(documentPageCollection(page.url)
        ? ['Worried about a child?', 'Next review due', 'Last reviewed', 'Applies to', 'Who to call']
        : []),
    ];
    for (const text of furniture) assert.ok(!page.content.includes(text), `${page.url} has "${text}" in its indexed text`);
  }
  for (const listing of ['/a-z/', '/reviews/', '/changes/', '/procedures/', '/search/', '/']) {
    assert.ok(!pages.some((page) => page.url === listing), `${listing} lists other pages and is not itself a search result`);
  }
  // Titles and summaries weigh more than body text (Pagefind's default weight is 1).
  const weightOf = (pattern: RegExp) => Number(pattern.exec(html)?.[1]);
  assert.ok(weightOf(/<h1[^>]*data-pagefind-weight="([\d.]+)"/) > 1, 'the title outweighs body text');
  assert.ok(weightOf(/<p class="lead"[^>]*data-pagefind-weight="([\d.]+)"/) > 1, 'the summary outweighs body text');
});
