import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  changedSince,
  exactGlobs,
  hasSearchBody,
  isGlobSafe,
  isWholePage,
  PAGE_END_BYTES,
  redirectPageFiles,
  settledPages,
  SETTLE_MS,
  type PageFile,
} from '../../src/lib/search/early-index.ts';

const page = (path: string, mtimeMs: number, size = 100): PageFile => ({ path, mtimeMs, size });

test('only pages left alone for the settling time are indexed early', () => {
  const now = 10_000;
  const pages = [
    page('procedures/a/index.html', now - SETTLE_MS - 1),
    page('procedures/b/index.html', now - SETTLE_MS),
    page('procedures/c/index.html', now - 10),
  ];
  assert.deepEqual(
    settledPages(pages, now).map((p) => p.path),
    ['procedures/a/index.html', 'procedures/b/index.html'],
  );
});

test('a page is whole only once its end tag is written: an empty or cut-off file is left for later', () => {
  const end = (text: string) => new TextEncoder().encode(text).slice(-PAGE_END_BYTES);
  assert.equal(isWholePage(end('<main>Neglect</main></body></html>')), true);
  assert.equal(isWholePage(end('<main>Neglect</main></body></html>\n')), true);
  assert.equal(isWholePage(end('</BODY></HTML>\r\n')), true);
  assert.equal(isWholePage(end('')), false);
  assert.equal(isWholePage(end('<main>Neglect</main></bo')), false);
  assert.equal(isWholePage(end('<p>Ends with </html> in its text</p>')), false);
});

test('a page indexed early that was written to again, resized or removed since is reported', () => {
  const indexed = [page('a/index.html', 1, 100), page('b/index.html', 2, 100), page('c/index.html', 3, 100), page('d/index.html', 4, 100)];
  const now: Record<string, PageFile> = {
    'a/index.html': page('a/index.html', 1, 100),
    'b/index.html': page('b/index.html', 9, 100),
    'c/index.html': page('c/index.html', 3, 120),
  };
  assert.deepEqual(
    changedSince(indexed, (path) => now[path]),
    ['b/index.html', 'c/index.html', 'd/index.html'],
  );
  assert.deepEqual(
    changedSince(indexed.slice(0, 1), (path) => now[path]),
    [],
  );
});

test('globs name exactly the given pages, in batches', () => {
  const paths = Array.from({ length: 5 }, (_, i) => `procedures/p${i}/index.html`);
  assert.deepEqual(exactGlobs(paths, 2), [
    '{procedures/p0/index.html,procedures/p1/index.html}',
    '{procedures/p2/index.html,procedures/p3/index.html}',
    'procedures/p4/index.html',
  ]);
  assert.deepEqual(exactGlobs([]), []);
});

test('a path a glob would read as a pattern is never put in one', () => {
  for (const path of [
    'procedures/*/index.html',
    'procedures/{a,b}/index.html',
    'procedures/a?/index.html',
    'procedures/[ab]/index.html',
    '../index.html',
    'Procedures/A/index.html',
  ]) {
    assert.equal(isGlobSafe(path), false, path);
    assert.throws(() => exactGlobs([path]), /exactly/);
  }
  assert.ok(isGlobSafe('briefings/learning-from-case-2024-01/index.html'));
});

test('redirect pages, which the policy check rewrites, are named by their output files', () => {
  assert.deepEqual(
    [...redirectPageFiles(['/procedures/old-name/', '/briefings/x'])],
    ['procedures/old-name/index.html', 'briefings/x/index.html'],
  );
});

test('a page has a search body when it marks one; the test reads bytes, wherever they start in their buffer', () => {
  const page = (html: string) => new TextEncoder().encode(html);
  assert.equal(hasSearchBody(page('<main id="main-content" tabindex="-1" data-pagefind-body><h1>Neglect</h1></main>')), true);
  assert.equal(hasSearchBody(page('<main id="main-content" tabindex="-1"><h1>A to Z</h1></main>')), false);
  const shared = Buffer.from('xxxx<main data-pagefind-body>');
  assert.equal(hasSearchBody(shared.subarray(4)), true);
  assert.equal(hasSearchBody(shared.subarray(0, 10)), false);
});
