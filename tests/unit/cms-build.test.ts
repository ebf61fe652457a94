import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildCms } from '../../scripts/build-cms.ts';
import {
  FONT_PACKAGES,
  cmsContentSecurityPolicy,
  cmsHeadersFile,
  cmsIndexHtml,
  cmsInitScript,
  rewriteBundle,
} from '../../scripts/lib/cms-build.ts';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { repoRoot } from '../helpers/fixture.ts';

const directives = (policy: string) =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
const bundle = () => readFileSync(join(repoRoot, 'node_modules/@sveltia/cms/dist/sveltia-cms.js'), 'utf8');

test("the CMS's policy allows no eval or inline script, and connects only to its origin and GitHub's API", () => {
  const policy = directives(cmsContentSecurityPolicy());
  assert.ok(![...policy.values()].flat().includes("'unsafe-eval'"), 'no unsafe-eval anywhere');
  assert.deepEqual(policy.get('script-src'), ["'self'"]);
  assert.deepEqual(policy.get('default-src'), ["'self'"]);
  const remote = policy.get('connect-src')!.filter((source) => source.startsWith('http'));
  assert.deepEqual(remote, ['https://api.github.com']);
  assert.deepEqual(policy.get('frame-ancestors'), ["'none'"]);
  assert.deepEqual(policy.get('object-src'), ["'none'"]);
});

test("the sign-in service's origin, and nothing more of its address, joins connect-src when CMS_AUTH_URL is set", () => {
  const connect = directives(cmsContentSecurityPolicy('https://auth.example.org/oauth/start')).get('connect-src')!;
  assert.deepEqual(
    connect.filter((source) => source.startsWith('http')),
    ['https://api.github.com', 'https://auth.example.org'],
  );
});

test('the _headers file sends the policy for every path', () => {
  const policy = cmsContentSecurityPolicy();
  const rules = parseHeadersFile(cmsHeadersFile(policy));
  for (const path of ['/', '/index.html', '/fonts/noto-mono-latin-400-normal.woff2'])
    assert.equal(headersFor(rules, path)['Content-Security-Policy'], policy);
});

test('the page has no inline script, and the start script sets manual start before it loads the bundle', () => {
  const html = cmsIndexHtml();
  assert.match(html, /<html lang="en-GB">/);
  assert.match(html, /<noscript>/);
  assert.deepEqual(
    [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => [m[1]!.trim(), m[2]]),
    [['src="init.js"', '']],
  );
  const script = cmsInitScript({ backend: { name: 'github', repo: 'a/b' } });
  assert.ok(script.indexOf('CMS_MANUAL_INIT = true') < script.indexOf("bundle.src = 'sveltia-cms.js'"));
  assert.match(script, /"load_config_file": false/);
  assert.match(script, /window\.CMS\.init\(\{ config \}\)/);
});

test('the rewritten bundle names no CDN and no status or version service, and its fonts come from our packages', () => {
  const { text, fonts } = rewriteBundle(bundle());
  for (const host of ['cdn.jsdelivr.net', 'unpkg.com', 'www.githubstatus.com/api'])
    assert.ok(!text.includes(host), `${host} is still in the bundle`);
  assert.deepEqual(fonts.map((f) => f.npmPackage).sort(), Object.values(FONT_PACKAGES).sort());
  for (const font of fonts)
    assert.ok(existsSync(join(repoRoot, 'node_modules', font.npmPackage, 'files', font.file)), `${font.npmPackage} has ${font.file}`);
});

test('a bundle of another shape is refused rather than half rewritten', () => {
  const withoutVersionCheck = bundle().replace(/`\$\{\w+\}\/package\.json`/, '`elsewhere`');
  assert.throws(() => rewriteBundle(withoutVersionCheck), /version check/);
});

test('the build writes the page, bundle, fonts, translations, policy and config, and needs a repository unless local', () => {
  const out = mkdtempSync(join(tmpdir(), 'llr-cms-'));
  try {
    assert.throws(() => buildCms({ outDir: out, local: false, env: {} }), /CMS_REPO/);
    buildCms({ outDir: out, local: false, env: { CMS_REPO: 'example-org/procedures', CMS_BRANCH: 'live' } });
    for (const file of ['index.html', 'init.js', 'sveltia-cms.js', 'config.json', '_headers', 'locales/en-GB.json', 'chunks/react-dom.js'])
      assert.ok(existsSync(join(out, file)), `${file} is built`);
    assert.equal(readdirSync(join(out, 'fonts')).length, Object.keys(FONT_PACKAGES).length);
    const config = JSON.parse(readFileSync(join(out, 'config.json'), 'utf8'));
    assert.equal(config.backend.repo, 'example-org/procedures');
    assert.equal(config.backend.branch, 'live');
    assert.ok(readFileSync(join(out, 'init.js'), 'utf8').includes('"repo": "example-org/procedures"'));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the public site carries no part of the CMS: nothing in public/ or src/pages/ names Sveltia', () => {
  const names = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? names(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  for (const file of [...names(join(repoRoot, 'public')), ...names(join(repoRoot, 'src/pages'))]) {
    assert.ok(!/sveltia/i.test(file), `${file} is part of the CMS`);
    if (/\.(astro|ts|js|html)$/.test(file))
      assert.ok(!/@sveltia\/cms|sveltia-cms\.js/.test(readFileSync(file, 'utf8')), `${file} loads the CMS`);
  }
});
