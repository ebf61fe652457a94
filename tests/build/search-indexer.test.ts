/**
 * The search index built while pages are still being written (src/integrations/pagefind-index.ts):
 * settled document pages go to Pagefind early, the rest at the end, and a page that changed
 * after Pagefind read it makes the whole site be indexed again, so the index always matches the
 * finished files. Runs the real Pagefind on a small folder of pages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SearchIndexer } from '../../src/integrations/pagefind-index.ts';
import { indexedPages } from '../helpers/pagefind-index.ts';

const html = (title: string, words: string) =>
  `<!doctype html><html lang="en-GB"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${words}</p></main></body></html>`;

function writePage(site: string, path: string, title: string, words: string, settled: boolean) {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), html(title, words));
  // A page last written a minute ago has settled; one stamped a minute ahead stands for a page
  // still being written while the test runs.
  const at = new Date(Date.now() + (settled ? -60_000 : 60_000));
  utimesSync(join(site, path), at, at);
}

function site(): string {
  const dir = `${mkdtempSync(join(tmpdir(), 'llr-index-'))}/`;
  writePage(dir, 'procedures/neglect/index.html', 'Neglect', 'signs of neglect', true);
  writePage(dir, 'procedures/bruising/index.html', 'Bruising', 'bruising in babies', true);
  writePage(dir, 'briefings/learning/index.html', 'Learning', 'learning from reviews', false);
  writePage(dir, 'procedures/old-name/index.html', 'Redirect', 'moved', true);
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>Home</title></head><body><p>Home page, not searchable</p></body></html>',
  );
  return dir;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const titles = (dir: string) =>
  indexedPages(dir)
    .map((page) => page.content.split(/\W/)[0])
    .sort();

test('settled document pages are indexed while others are written; the rest at the end; redirect pages only at the end', async () => {
  const dir = site();
  try {
    const indexer = new SearchIndexer(dir, new Set(['procedures/old-name/index.html']));
    indexer.watch();
    await wait(800);
    const { pages, early } = await indexer.finish();
    assert.equal(early, 2, 'the two settled procedures, not the fresh briefing or the redirect page');
    assert.equal(pages, 4, 'Pagefind read every page with a search body once, and not the home page, which has none');
    assert.deepEqual(titles(dir), ['Bruising', 'Learning', 'Neglect', 'Redirect']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with no page marked for search, Pagefind is handed every page and indexes each whole', async () => {
  const dir = `${mkdtempSync(join(tmpdir(), 'llr-index-'))}/`;
  try {
    for (const name of ['one', 'two']) {
      mkdirSync(join(dir, name), { recursive: true });
      writeFileSync(
        join(dir, name, 'index.html'),
        `<!doctype html><html lang="en-GB"><head><title>${name}</title></head><body><p>Page ${name}</p></body></html>`,
      );
    }
    const { pages } = await new SearchIndexer(dir).finish();
    assert.equal(pages, 2);
    assert.deepEqual(
      indexedPages(dir)
        .map((page) => page.url)
        .sort(),
      ['/one/', '/two/'],
      'both pages are in the index',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a page changed after Pagefind read it makes the whole site be indexed again, from the finished files', async () => {
  const dir = site();
  try {
    const indexer = new SearchIndexer(dir);
    indexer.watch();
    await wait(800);
    writePage(dir, 'procedures/neglect/index.html', 'Neglect', 'rewritten after indexing', false);
    const { pages, early } = await indexer.finish();
    assert.equal(early, 0, 'nothing of the early index is kept');
    assert.equal(pages, 5);
    const neglect = indexedPages(dir).find((page) => page.url.includes('neglect'));
    assert.match(neglect!.content, /rewritten after indexing/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('without any early pages the index is the whole site', async () => {
  const dir = site();
  try {
    const { pages, early } = await new SearchIndexer(dir).finish();
    assert.equal(early, 0);
    assert.equal(pages, 4, 'the pages with a search body');
    assert.deepEqual(titles(dir), ['Bruising', 'Learning', 'Neglect', 'Redirect']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a page file opened long ago but not yet written is left until it is whole, so the early index is kept', async () => {
  const dir = site();
  try {
    // Astro opens a page's file, then writes it when its renderer next gets to it: the file sits
    // empty, with an old time, in between.
    const pending = join(dir, 'procedures/pending/index.html');
    mkdirSync(dirname(pending), { recursive: true });
    writeFileSync(pending, '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(pending, old, old);
    const indexer = new SearchIndexer(dir, new Set(['procedures/old-name/index.html']));
    indexer.watch();
    await wait(800);
    writePage(dir, 'procedures/pending/index.html', 'Pending', 'written late', false);
    const { pages, early } = await indexer.finish();
    assert.equal(early, 2, 'the two settled procedures kept from the early index; the pending page was not read empty');
    assert.equal(pages, 5);
    assert.deepEqual(titles(dir), ['Bruising', 'Learning', 'Neglect', 'Pending', 'Redirect']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
