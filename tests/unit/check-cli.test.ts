/**
 * `npm run check` (scripts/check.ts) run as a process, as GitHub Actions runs it on a pull
 * request: with GITHUB_ACTIONS=true each problem is also printed as a workflow command, which
 * GitHub shows on the changed line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, edit, validFixture } from '../helpers/fixture.ts';
import { runScript } from '../helpers/run-script.ts';

const check = (contentDir: string, env: Record<string, string> = {}) =>
  runScript('scripts/check.ts', [], { CONTENT_DIR: contentDir, SITE_TODAY: '2026-06-01', ...env });

function brokenOwner(): string {
  const dir = copyFixture();
  edit(dir, 'procedures/fixture-procedure.mdx', 'owner: policy-and-procedures', 'owner: policy-and-procedure');
  return dir;
}

test('in GitHub Actions, each error is also printed as an ::error command naming its file and line', async () => {
  const { status, stdout } = await check(brokenOwner(), { GITHUB_ACTIONS: 'true' });
  assert.equal(status, 1, stdout);
  assert.match(stdout, /fixture-procedure\.mdx:6: owner: "policy-and-procedure" is not a subgroup/m, 'the usual line is still printed');
  const annotations = stdout.split('\n').filter((line) => line.startsWith('::'));
  assert.equal(annotations.length, 1, stdout);
  // The file is relative (GitHub matches it against the repository's files), never absolute.
  assert.match(
    annotations[0]!,
    /^::error file=(?!\/)[^,]*procedures\/fixture-procedure\.mdx,line=6,title=owner::"policy-and-procedure" is not a subgroup/,
  );
});

test('in GitHub Actions, a warning is printed as a ::warning command', async () => {
  const { status, stdout } = await check(validFixture, { GITHUB_ACTIONS: 'true', SITE_TODAY: '2028-02-01' });
  assert.equal(status, 0, stdout);
  assert.match(stdout, /^::warning file=[^,]*procedures\/fixture-procedure\.mdx,line=9,title=nextReviewDue::2028-01-10 has passed/m);
});

test('outside GitHub Actions no workflow commands are printed', async () => {
  const { status, stdout } = await check(brokenOwner(), { GITHUB_ACTIONS: '' });
  assert.equal(status, 1);
  assert.doesNotMatch(stdout, /^::/m);
});

test('a file that is not text gives one message naming it, not a stack trace', async () => {
  const dir = copyFixture();
  writeFileSync(join(dir, 'procedures/flowchart.mdx'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  const { status, stdout, stderr } = await check(dir, { GITHUB_ACTIONS: 'true' });
  assert.equal(status, 1, stderr);
  assert.equal(stderr, '');
  assert.match(stdout, /procedures\/flowchart\.mdx:1: file contents: is not a text file/);
  assert.match(stdout, /^::error file=[^,]*procedures\/flowchart\.mdx,line=1,title=file contents::is not a text file/m);
});
