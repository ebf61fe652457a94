import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  precacheEntry,
  precachedUrls,
  serviceWorkerSource,
  WORKBOX_PACKAGES,
  workboxBuildFile,
  workboxFolder,
} from '../../src/lib/offline/service-worker.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

test('a file under _astro/ needs no revision: its name changes with its content', () => {
  assert.deepEqual(precacheEntry('/', '_astro/site.abc123.css', bytes('body{}')), { url: '/_astro/site.abc123.css', revision: null });
});

test('every other file is revised by its content, so a changed page is downloaded again and an unchanged one is not', () => {
  const first = precacheEntry('/llr/', 'procedures/neglect/index.html', bytes('<h1>Neglect</h1>'));
  const same = precacheEntry('/llr/', 'procedures/neglect/index.html', bytes('<h1>Neglect</h1>'));
  const changed = precacheEntry('/llr/', 'procedures/neglect/index.html', bytes('<h1>Neglect (updated)</h1>'));
  assert.equal(first.url, '/llr/procedures/neglect/index.html');
  assert.equal(first.revision, createHash('md5').update('<h1>Neglect</h1>').digest('hex'));
  assert.equal(first.revision, same.revision);
  assert.notEqual(first.revision, changed.revision);
});

test('sw.js sets the settings the worker reads before the worker code, and its precache list reads back', () => {
  const manifest = [precacheEntry('/', 'index.html', bytes('home')), precacheEntry('/', '_astro/a.1.js', bytes('x'))];
  const source = serviceWorkerSource('importScripts(self.__OFFLINE_COPY__.workboxPath);\n', {
    manifest,
    base: '/',
    offlinePage: 'offline/index.html',
    workboxPath: '/workbox-v7.4.1/',
    copyInfo: '/offline-copy.json',
    networkHeader: 'X-Offline-Copy-Network',
  });
  assert.ok(source.startsWith('self.__OFFLINE_COPY__ = {'));
  assert.ok(source.endsWith('importScripts(self.__OFFLINE_COPY__.workboxPath);\n'));
  assert.deepEqual(precachedUrls(source), ['/index.html', '/_astro/a.1.js']);
  // Run the settings line as the worker would, to prove it is valid JavaScript.
  const self: Record<string, unknown> = {};
  new Function('self', source.split('\n')[0]!)(self);
  assert.deepEqual((self.__OFFLINE_COPY__ as { manifest: unknown }).manifest, manifest);
});

test('a sw.js without the settings line has no precache list', () => {
  assert.deepEqual(precachedUrls('console.log(1)'), []);
});

test('every Workbox module the worker uses is installed, at one version, where the loader expects it', () => {
  const require = createRequire(import.meta.url);
  const versions = new Set<string>();
  for (const pkg of WORKBOX_PACKAGES) {
    const manifest = require.resolve(`${pkg}/package.json`);
    versions.add(JSON.parse(readFileSync(manifest, 'utf8')).version);
    assert.ok(existsSync(join(dirname(manifest), workboxBuildFile(pkg))), `${pkg} has no ${workboxBuildFile(pkg)}`);
  }
  assert.equal(versions.size, 1, `Workbox versions differ: ${[...versions].join(', ')}`);
  assert.equal(workboxFolder([...versions][0]!), `workbox-v${[...versions][0]}/`);
});

test('the worker names only the Workbox modules the build copies', () => {
  const worker = readFileSync(new URL('../../src/service-worker/sw.js', import.meta.url), 'utf8');
  const named = new Set([...worker.matchAll(/\bworkbox\.(\w+)\./g)].map((m) => m[1]!));
  const copied = new Set(WORKBOX_PACKAGES.filter((pkg) => pkg !== 'workbox-sw').map((pkg) => pkg.replace('workbox-', '')));
  assert.deepEqual([...named].sort(), [...copied].sort());
});
