import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';
import { indexedPages, type IndexedPage } from '../helpers/pagefind-index.ts';

/** A word only the draft uses, so finding it anywhere in the index means the draft was indexed. */
const DRAFT_WORD = 'quillibrant';
const DRAFT_TITLE = 'Fixture draft procedure';

/** The index entries that come from the draft, by its address, its title or its own word. */
const draftEntries = (pages: IndexedPage[]) =>
  pages.filter(
    (page) =>
      page.url.includes('/procedures/fixture-draft/') || page.meta.title === DRAFT_TITLE || page.content.toLowerCase().includes(DRAFT_WORD),
  );

let content: string;
let production: BuildResult;
before(() => {
  content = copyFixture();
  edit(content, 'procedures/fixture-draft.mdx', 'Draft text.', `Draft text about ${DRAFT_WORD}.`);
  production = buildSite(content, { SITE_PREVIEW: '' });
});

test('a production build leaves drafts out of pages, lists, the A to Z, the sitemap and search', () => {
  const { status, output, outDir } = production;
  assert.equal(status, 0, output);
  assert.ok(existsSync(join(outDir, 'procedures/fixture-procedure/index.html')));
  assert.equal(existsSync(join(outDir, 'procedures/fixture-draft/index.html')), false);
  for (const page of ['procedures/index.html', 'a-z/index.html', 'sitemap.xml', 'index.html']) {
    const text = readFileSync(join(outDir, page), 'utf8');
    assert.doesNotMatch(text, /fixture-draft|Fixture draft procedure/, `${page} mentions the draft`);
  }
  assert.ok(existsSync(join(outDir, 'pagefind/pagefind-entry.json')), 'the search index is built');
});

test('the production search index itself holds no entry for the draft, and no word of it', () => {
  assert.equal(production.status, 0, production.output);
  const pages = indexedPages(production.outDir);
  assert.ok(
    pages.some((page) => page.url === '/procedures/fixture-procedure/'),
    'published documents are indexed',
  );
  assert.deepEqual(
    draftEntries(pages).map((page) => page.url),
    [],
  );
});

test('a preview build shows drafts with a Draft banner, but does not index them for search', () => {
  const { status, output, outDir } = buildSite(content, { SITE_PREVIEW: '1' });
  assert.equal(status, 0, output);
  const html = readFileSync(join(outDir, 'procedures/fixture-draft/index.html'), 'utf8');
  assert.match(html, /class="draft-banner"/);
  assert.match(html, new RegExp(DRAFT_WORD), 'the draft page has its text');
  assert.match(readFileSync(join(outDir, 'procedures/index.html'), 'utf8'), new RegExp(DRAFT_TITLE));
  // DocumentLayout marks only published documents as searchable (data-pagefind-body), so even a
  // preview's search finds only what the live site's would. If previews should find drafts, change
  // that condition and turn this assertion round.
  const pages = indexedPages(outDir);
  assert.ok(
    pages.some((page) => page.url === '/procedures/fixture-procedure/'),
    'published documents are indexed',
  );
  assert.deepEqual(
    draftEntries(pages).map((page) => page.url),
    [],
  );
});
