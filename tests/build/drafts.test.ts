import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { validFixture } from '../helpers/fixture.ts';

test('a production build leaves drafts out of pages, lists, the A to Z, the sitemap and search', () => {
  const { status, output, outDir } = buildSite(validFixture, { SITE_PREVIEW: '' });
  assert.equal(status, 0, output);
  assert.ok(existsSync(join(outDir, 'procedures/fixture-procedure/index.html')));
  assert.equal(existsSync(join(outDir, 'procedures/fixture-draft/index.html')), false);
  for (const page of ['procedures/index.html', 'a-z/index.html', 'sitemap.xml', 'index.html']) {
    const text = readFileSync(join(outDir, page), 'utf8');
    assert.doesNotMatch(text, /fixture-draft|Fixture draft procedure/, `${page} mentions the draft`);
  }
  assert.ok(existsSync(join(outDir, 'pagefind/pagefind-entry.json')), 'the search index is built');
});

test('a preview build shows drafts with a Draft banner', () => {
  const { status, output, outDir } = buildSite(validFixture, { SITE_PREVIEW: '1' });
  assert.equal(status, 0, output);
  const html = readFileSync(join(outDir, 'procedures/fixture-draft/index.html'), 'utf8');
  assert.match(html, /class="draft-banner"/);
  assert.match(readFileSync(join(outDir, 'procedures/index.html'), 'utf8'), /Fixture draft procedure/);
});
