/**
 * `npm run build` (scripts/build.ts) builds into a staging folder and swaps it into place only on
 * success, so a failed build leaves the previous site untouched and nothing half-built to deploy.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentWithCase } from '../helpers/bad-corpus.ts';
import { repoRoot, validFixture } from '../helpers/fixture.ts';

/** An output folder holding a stand-in "previous site". */
function previousSite(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'llr-swap-')), 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'the previous site');
  writeFileSync(join(out, 'only-in-previous.txt'), 'old');
  return out;
}

const build = (contentDir: string, outDir: string) =>
  spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      SITE_TODAY: '2026-06-01',
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
  });

test('a failed build leaves the previous site untouched and no staging folder behind', () => {
  const out = previousSite();
  const result = build(contentWithCase('script-element'), out);
  assert.notEqual(result.status, 0);
  assert.match(result.stderr, /was left as it was/);
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'the previous site');
  assert.ok(existsSync(join(out, 'only-in-previous.txt')));
  assert.equal(existsSync(`${out}.staging`), false);
});

test('a successful build replaces the previous site as a whole', () => {
  const out = previousSite();
  const result = build(validFixture, out);
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /<html/);
  assert.ok(existsSync(join(out, 'procedures/fixture-procedure/index.html')));
  assert.equal(existsSync(join(out, 'only-in-previous.txt')), false, 'nothing from the previous site survives');
  assert.equal(existsSync(`${out}.staging`), false);
  assert.equal(existsSync(`${out}.previous`), false);
});
