/**
 * The sitemap's list of pages that exist once (STATIC_PAGES) is tied to src/pages/: a page added
 * there without a sitemap entry, or an entry left behind when a page goes, fails here. The
 * accessibility tests walk the sitemap, so a page missing from it would also go untested.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSiteRoutes } from '../../src/lib/content/site-routes.ts';
import { STATIC_PAGES, UNLISTED_PAGES } from '../../src/lib/site/sitemap.ts';
import { repoRoot } from '../helpers/fixture.ts';

const routes = readSiteRoutes(repoRoot);
// readSiteRoutes gives pages as "/a-z/" and endpoints (feeds, data files) as "/changes.xml".
const pages = [...routes.pages].filter((route) => route.endsWith('/'));
const sorted = (list: Iterable<string>) => [...list].sort();

test('every page in src/pages without parameters is in the sitemap, unless left out on purpose', () => {
  assert.ok(pages.includes('/') && pages.includes('/contacts/'), 'the pages are read from src/pages');
  const listed = new Set([...STATIC_PAGES, ...UNLISTED_PAGES]);
  assert.deepEqual(
    pages.filter((page) => !listed.has(page)),
    [],
    'add these pages to STATIC_PAGES in src/lib/site/sitemap.ts',
  );
});

test('the sitemap lists no page that src/pages does not have, and nothing twice', () => {
  assert.deepEqual(
    STATIC_PAGES.filter((page) => !routes.pages.has(page)),
    [],
  );
  assert.deepEqual(
    UNLISTED_PAGES.filter((page) => !routes.pages.has(page)),
    [],
    'UNLISTED_PAGES names pages that exist',
  );
  assert.equal(new Set(STATIC_PAGES).size, STATIC_PAGES.length);
  assert.deepEqual(
    STATIC_PAGES.filter((page) => UNLISTED_PAGES.includes(page)),
    [],
    'a page is either listed or left out',
  );
  assert.deepEqual(sorted([...STATIC_PAGES, ...UNLISTED_PAGES]), sorted(pages));
});

test('the only pages with parameters are the ones the sitemap lists from the content', () => {
  // src/pages/sitemap.xml.ts adds a page for every visible document and every subgroup. A new
  // page with parameters needs its pages added there, and then here.
  const patterns = sorted(routes.patterns.map((segments) => `/${segments.join('/')}/`));
  assert.deepEqual(patterns, ['/[collection]/[id]/', '/subgroups/[id]/']);
});
