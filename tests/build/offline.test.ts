/**
 * The offline copy, from real builds of the fixture content: the service worker precaches every
 * page in the sitemap and the complete search index, the build reports the copy's size, every
 * page declares the CSP, and a small OFFLINE_MAX_BYTES switches to the shell, search and the
 * most-used sections, under a base path.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pagePolicy, policyProblems } from '../../src/lib/site/csp.ts';
import { precachedUrls, serviceWorkerSettings } from '../../src/lib/offline/service-worker.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { validFixture } from '../helpers/fixture.ts';
import { sitemapPaths } from '../helpers/site.ts';

/** The URLs the generated service worker precaches. */
const precached = (outDir: string) => new Set(precachedUrls(readFileSync(join(outDir, 'sw.js'), 'utf8')));

const filesUnder = (outDir: string, folder: string) =>
  readdirSync(join(outDir, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split('\\').join('/'));

let whole: BuildResult;
let small: BuildResult;
before(() => {
  whole = buildSite(validFixture);
  small = buildSite(validFixture, { OFFLINE_MAX_BYTES: '1', BASE_PATH: '/llr-procedures/' });
});

test('the service worker precaches every page in the sitemap, the offline page and the shell', () => {
  assert.equal(whole.status, 0, whole.output);
  const urls = precached(whole.outDir);
  for (const path of sitemapPaths(whole.outDir)) assert.ok(urls.has(`${path}index.html`), `${path} is not precached`);
  for (const url of ['/offline/index.html', '/index.html', '/manifest.webmanifest', '/offline-copy.json', '/icons/icon-192.png']) {
    assert.ok(urls.has(url), `${url} is not precached`);
  }
  for (const file of filesUnder(whole.outDir, '_astro')) assert.ok(urls.has(`/${file}`), `/${file} is not precached`);
  for (const never of ['/sitemap.xml', '/404.html', '/sw.js']) assert.ok(!urls.has(never), `${never} should not be precached`);
  assert.ok(existsSync(join(whole.outDir, 'sw.js')));
  assert.match(readFileSync(join(whole.outDir, 'sw.js'), 'utf8'), /llr-pages/, 'pages not precached fall back through the runtime route');
});

test('the complete Pagefind index is precached: entry, WebAssembly, index, fragment, filter and metadata files', () => {
  const urls = precached(whole.outDir);
  const index = filesUnder(whole.outDir, 'pagefind').filter((file) => !/pagefind-(ui|modular-ui|component-ui|highlight)\./.test(file));
  for (const kind of [/pagefind\.js$/, /pagefind-entry\.json$/, /\.pagefind$/, /\/index\//, /\/fragment\//, /\/filter\//, /\.pf_meta$/]) {
    assert.ok(
      index.some((file) => kind.test(file)),
      `the build has no ${kind} file`,
    );
  }
  for (const file of index) assert.ok(urls.has(`/${file}`), `/${file} is not precached`);
});

test('the build reports the offline copy and its size; offline-copy.json records the build', () => {
  assert.match(whole.output, /Offline copy: \d+ files, [\d.]+ (kB|MB): the whole site \(limit 15\.0 MB/);
  const info = JSON.parse(readFileSync(join(whole.outDir, 'offline-copy.json'), 'utf8'));
  assert.equal(info.mode, 'everything');
  assert.equal(info.entries, precached(whole.outDir).size);
  assert.ok(!Number.isNaN(Date.parse(info.builtAt)));
});

test('every built page declares a CSP that meets the rules; the offline page is not searchable', () => {
  const pages = readdirSync(whole.outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
  assert.ok(pages.length > 10);
  for (const page of pages) {
    const policy = pagePolicy(readFileSync(page, 'utf8'));
    assert.ok(policy, `${relative(whole.outDir, page)} declares no Content-Security-Policy`);
    assert.deepEqual(policyProblems(policy), [], relative(whole.outDir, page));
  }
  const offline = readFileSync(join(whole.outDir, 'offline/index.html'), 'utf8');
  assert.doesNotMatch(offline, /data-pagefind-body/);
  assert.doesNotMatch(readFileSync(join(whole.outDir, 'sitemap.xml'), 'utf8'), /\/offline\//);
});

test('over OFFLINE_MAX_BYTES: shell and search precached under the base path, other pages left to reading', () => {
  assert.equal(small.status, 0, small.output);
  assert.match(small.output, /the shell, search and most-used sections/);
  assert.match(small.output, /alone are over the offline limit/);
  const urls = precached(small.outDir);
  assert.ok(urls.has('/llr-procedures/offline/index.html'));
  assert.ok(urls.has('/llr-procedures/search/index.html'));
  assert.ok(urls.has('/llr-procedures/pagefind/pagefind-entry.json'));
  assert.ok(!urls.has('/llr-procedures/procedures/fixture-procedure/index.html'));
  assert.ok(!urls.has('/llr-procedures/briefings/fixture-briefing/index.html'));
  for (const url of urls) assert.ok(url.startsWith('/llr-procedures/'), `${url} escapes the base path`);
  const settings = serviceWorkerSettings(readFileSync(join(small.outDir, 'sw.js'), 'utf8'))!;
  assert.equal(
    `${settings.base}${settings.offlinePage}`,
    '/llr-procedures/offline/index.html',
    'the offline fallback is under the base path',
  );
  assert.ok(
    settings.workboxPath.startsWith('/llr-procedures/workbox-v'),
    `Workbox's modules (${settings.workboxPath}) are under the base path`,
  );
  const workboxDir = join(small.outDir, settings.workboxPath.slice('/llr-procedures/'.length));
  for (const module of [
    'workbox-sw.js',
    'workbox-core.prod.js',
    'workbox-precaching.prod.js',
    'workbox-routing.prod.js',
    'workbox-strategies.prod.js',
    'workbox-expiration.prod.js',
  ]) {
    assert.ok(existsSync(join(workboxDir, module)), `${module} is not in the build beside sw.js`);
  }
  assert.equal(JSON.parse(readFileSync(join(small.outDir, 'offline-copy.json'), 'utf8')).mode, 'priority');
});

test('a limit that is not a size fails the build with a message that says how to write it', () => {
  const bad = buildSite(validFixture, { OFFLINE_MAX_BYTES: 'lots' });
  assert.notEqual(bad.status, 0);
  assert.match(bad.output, /OFFLINE_MAX_BYTES: "lots" is not a size/);
});
