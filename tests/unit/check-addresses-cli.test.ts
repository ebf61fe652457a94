/**
 * `npm run check:addresses` run as a process against small git repositories made here, as CI runs
 * it on a pull request: commit some content on main, change it on a branch, compare.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GIT_TEST_ENV, runScript, type ScriptResult } from '../helpers/run-script.ts';

const frontmatter = (fields: Record<string, string>) =>
  `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n## Scope\n\nText.\n`;

/** A repository whose main branch has one commit: two published procedures and a draft, under `contentPath`. */
function repository(contentPath = 'content') {
  const top = mkdtempSync(join(tmpdir(), 'llr-addresses-'));
  const content = join(top, contentPath);
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(content, file)), { recursive: true });
    writeFileSync(join(content, file), text);
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: top, env: { ...process.env, ...GIT_TEST_ENV }, encoding: 'utf8' });
  write('procedures/neglect.mdx', frontmatter({ title: 'Neglect' }));
  write('procedures/lado.mdx', frontmatter({ title: 'Allegations against staff', status: 'published' }));
  write('procedures/new-idea.mdx', frontmatter({ title: 'A new idea', status: 'draft' }));
  write('contacts/emergency-999.yaml', 'service: Police\n');
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'content');
  const move = (from: string, to: string) => renameSync(join(content, from), join(content, to));
  const remove = (file: string) => rmSync(join(content, file));
  return { top, content, write, git, move, remove, file: (name: string) => `${contentPath}/${name}` };
}

/** Runs the script without blocking, so the cases below can run side by side. */
function checkAddresses(content: string, args: string[] = []): Promise<ScriptResult> {
  return runScript('scripts/check-addresses.ts', args, { ...GIT_TEST_ENV, CONTENT_DIR: content });
}

describe('npm run check:addresses', { concurrency: availableParallelism() }, () => {
  test('a branch that renames a published document without a redirect fails, naming the old file and the line to add', async () => {
    const repo = repository();
    repo.git('switch', '--quiet', '-c', 'rename');
    repo.move('procedures/neglect.mdx', 'procedures/neglect-and-emotional-abuse.mdx');
    repo.git('add', '-A');
    repo.git('commit', '--quiet', '-m', 'rename');
    const { status, stderr } = await checkAddresses(repo.content, ['--base', 'main']);
    assert.equal(status, 1, stderr);
    const first = stderr.split('\n')[0]!;
    assert.ok(first.startsWith(`${repo.file('procedures/neglect.mdx')}: address: `), first);
    assert.ok(first.includes('`redirectFrom: [/procedures/neglect/]`'), first);
    assert.ok(first.includes(repo.file('procedures/neglect-and-emotional-abuse.mdx')), 'points at the renamed file');
    assert.doesNotMatch(stderr, /lado|new-idea/, 'only the lost address');
  });

  test('the same rename with the old address in redirectFrom passes', async () => {
    const repo = repository();
    repo.git('switch', '--quiet', '-c', 'rename');
    repo.remove('procedures/neglect.mdx');
    repo.write('procedures/neglect-and-emotional-abuse.mdx', frontmatter({ title: 'Neglect', redirectFrom: '[/procedures/neglect/]' }));
    repo.git('add', '-A');
    repo.git('commit', '--quiet', '-m', 'rename');
    const { status, stdout, stderr } = await checkAddresses(repo.content, ['main']);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /still leads to a page/);
  });

  test('uncommitted changes count, and with no origin/main the base is main', async () => {
    const repo = repository();
    repo.remove('procedures/lado.mdx');
    repo.move('procedures/new-idea.mdx', 'procedures/better-idea.mdx');
    const { status, stderr } = await checkAddresses(repo.content);
    assert.equal(status, 1, stderr);
    const problems = stderr.split('\n').filter((line) => line.includes(': address: '));
    assert.deepEqual(
      problems.map((line) => line.split(':')[0]),
      [repo.file('procedures/lado.mdx')],
      'the deleted document, not the renamed draft',
    );
    assert.match(stderr, /status: archived/);
    assert.match(stderr, /served at main \(/);
  });

  test('documents added to the base after the branch left it are not taken for deletions', async () => {
    const repo = repository();
    repo.git('switch', '--quiet', '-c', 'older-branch');
    repo.git('switch', '--quiet', 'main');
    repo.write('procedures/added-later.mdx', frontmatter({ title: 'Added later' }));
    repo.git('add', '-A');
    repo.git('commit', '--quiet', '-m', 'a new document on main');
    repo.git('switch', '--quiet', 'older-branch');
    const { status, stderr } = await checkAddresses(repo.content, ['--base', 'main']);
    assert.equal(status, 0, stderr);
  });

  test('content in a subfolder of the repository is found at the base and named by its repository path', async () => {
    const repo = repository('site/content');
    repo.write('procedures/lado.mdx', frontmatter({ title: 'Allegations against staff', status: 'draft' }));
    const { status, stderr } = await checkAddresses(repo.content, ['--base', 'HEAD']);
    assert.equal(status, 1, stderr);
    assert.ok(stderr.startsWith(`${repo.file('procedures/lado.mdx')}: address: `), stderr);
    assert.match(stderr, /is now a draft/);
  });

  test('a wrong command or an unknown base exits 2 and says why', async () => {
    const repo = repository();
    const unknown = await checkAddresses(repo.content, ['--base', 'no-such-branch']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /does not know the revision "no-such-branch"/);
    const option = await checkAddresses(repo.content, ['--frobnicate']);
    assert.equal(option.status, 2);
    assert.match(option.stderr, /Usage: npm run check:addresses/);
    const two = await checkAddresses(repo.content, ['--base', 'main', 'HEAD']);
    assert.equal(two.status, 2);
    const outside = await checkAddresses(mkdtempSync(join(tmpdir(), 'llr-no-git-')));
    assert.equal(outside.status, 2);
    assert.match(outside.stderr, /is not in a git repository/);
    const help = await checkAddresses(repo.content, ['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Exit codes/);
  });
});
