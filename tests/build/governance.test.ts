/**
 * Review governance in a real build of the fixture content, under a base path: the configurable
 * due-soon window, "Last updated" from git with a history link, absolute feed links, the redirect
 * page for a former address, and a duplicate address refused by the build.
 * (Browser behaviour, the no-JavaScript banner, /reviews/ and /changes/ are in
 * tests/e2e/review-governance.spec.ts.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { copyFixture, edit, repoRoot, validFixture } from '../helpers/fixture.ts';

const FIXTURE_PROCEDURE = 'tests/fixtures/content-valid/procedures/fixture-procedure.mdx';
const git = (...args: string[]) => spawnSync('git', args, { cwd: repoRoot, encoding: 'utf8' });

test('a build under a base path: window, last updated, feed links and redirects', () => {
  const { status, output, outDir } = buildSite(validFixture, {
    // 223 days before every fixture document's review falls due: only a 400-day window makes them due soon.
    SITE_TODAY: '2027-06-01',
    REVIEW_DUE_SOON_DAYS: '400',
    BASE_PATH: '/llr/',
    SITE_URL: 'https://example.org',
    REPOSITORY_URL: 'https://github.com/org/repo',
    SITE_PREVIEW: '',
  });
  assert.equal(status, 0, output);
  const page = readFileSync(join(outDir, 'procedures/fixture-procedure/index.html'), 'utf8');

  // The window reaches the build-time banner, the in-browser check and the dashboard.
  assert.match(page, /data-due-soon-days="400"/);
  assert.match(page, /data-state="due-soon"/);
  assert.match(page, /Review due soon:/);
  assert.match(readFileSync(join(outDir, 'reviews/index.html'), 'utf8'), /Due for review within 400 days \(2\)/);

  // Last updated: the fixture file's last commit, linked to its history.
  const shallow = git('rev-parse', '--is-shallow-repository').stdout.trim() === 'true';
  const committed = git('log', '-1', '--format=%cI', '--', FIXTURE_PROCEDURE).stdout.trim().slice(0, 10);
  if (committed && !shallow) {
    assert.ok(page.includes(`<dt>Last updated</dt><dd><time datetime="${committed}">`), 'the last commit date is shown');
    assert.ok(page.includes(`href="https://github.com/org/repo/commits/main/${FIXTURE_PROCEDURE}"`), 'the history link');
  }

  // The feed's links are absolute and carry the base path.
  const feed = readFileSync(join(outDir, 'changes.xml'), 'utf8');
  assert.ok(feed.includes('<link rel="self" type="application/atom+xml" href="https://example.org/llr/changes.xml"/>'));
  assert.ok(feed.includes('href="https://example.org/llr/procedures/fixture-procedure/"'));

  // The former address is a redirect page to the document, base path included, with no script.
  const redirect = readFileSync(join(outDir, 'procedures/old-fixture-procedure/index.html'), 'utf8');
  assert.match(redirect, /<meta http-equiv="refresh" content="0;url=\/llr\/procedures\/fixture-procedure\/">/);
  assert.match(redirect, /<link rel="canonical" href="https:\/\/example.org\/llr\/procedures\/fixture-procedure\/">/);
  assert.doesNotMatch(redirect, /<script/i);
  assert.doesNotMatch(readFileSync(join(outDir, 'sitemap.xml'), 'utf8'), /old-fixture-procedure/, 'old addresses are not in the sitemap');
});

test('two documents claiming one address fail the build, naming both files', () => {
  const dir = copyFixture();
  edit(
    dir,
    'briefings/fixture-briefing.mdx',
    'owner: learning-and-development',
    'owner: learning-and-development\nredirectFrom: [/procedures/old-fixture-procedure/]',
  );
  const { status, output } = buildSite(dir);
  assert.notEqual(status, 0);
  assert.match(output, /the address \/procedures\/old-fixture-procedure\/ is already used by/);
  assert.ok(output.includes('procedures/fixture-procedure.mdx') && output.includes('briefings/fixture-briefing.mdx'), output);
});
