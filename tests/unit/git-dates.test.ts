import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { historyUrl, parseGitLog } from '../../src/lib/git/dates.ts';
import { loadGitHistory, repositoryBranch, repositoryRoot, repositoryUrl } from '../../src/lib/git/history.ts';

/** One commit as `git log -z --name-only --format=%x1e%cI%x1f%D` prints it. */
const commit = (date: string, files: string[], decorations = '') =>
  `\x1e${date}\x1f${decorations}\0\n${files.map((f) => `${f}\0`).join('')}`;

test('each file gets the date of the newest commit that changed it', () => {
  const log = [
    commit('2026-03-04T23:30:00-05:00', ['content/procedures/neglect.mdx', 'content/glossary/lado.yaml'], 'HEAD -> main, origin/main'),
    commit('2026-01-02T10:00:00+01:00', ['content/procedures/neglect.mdx', 'content/procedures/with space.mdx']),
  ].join('');
  const dates = parseGitLog(log);
  assert.deepEqual(dates.get('content/procedures/neglect.mdx'), { date: '2026-03-04', timestamp: '2026-03-04T23:30:00-05:00' });
  assert.equal(dates.get('content/procedures/with space.mdx')?.date, '2026-01-02');
  assert.equal(dates.get('content/glossary/lado.yaml')?.date, '2026-03-04');
  assert.equal(dates.size, 3);
});

test('the latest date wins even when git lists an older commit first', () => {
  const log = commit('2025-01-01T00:00:00Z', ['a.mdx']) + commit('2025-06-01T00:00:00Z', ['a.mdx']);
  assert.equal(parseGitLog(log).get('a.mdx')?.date, '2025-06-01');
});

test('in a shallow clone, files last seen in the cut-off commit get no date rather than a wrong one', () => {
  const log =
    commit('2026-05-01T09:00:00Z', ['changed.mdx'], 'HEAD -> main') +
    commit('2026-04-01T09:00:00Z', ['changed.mdx', 'untouched.mdx'], 'grafted, origin/main');
  const dates = parseGitLog(log);
  assert.equal(dates.get('changed.mdx')?.date, '2026-05-01');
  assert.equal(dates.has('untouched.mdx'), false);
});

test('empty or unreadable output gives no dates', () => {
  assert.equal(parseGitLog('').size, 0);
  assert.equal(parseGitLog('fatal: not a git repository').size, 0);
  assert.equal(parseGitLog('\x1enot a date\x1f\0\na.mdx\0').size, 0);
});

test('a history link needs a configured repository address', () => {
  assert.equal(historyUrl(undefined, 'content/a.mdx'), null);
  assert.equal(historyUrl('  ', 'content/a.mdx'), null);
  assert.equal(
    historyUrl('https://github.com/org/repo/', 'content/procedures/a b.mdx'),
    'https://github.com/org/repo/commits/main/content/procedures/a%20b.mdx',
  );
  assert.equal(historyUrl('https://github.com/org/repo.git', 'content/a.mdx'), 'https://github.com/org/repo/commits/main/content/a.mdx');
  assert.equal(
    historyUrl('https://github.com/org/repo', 'content/a.mdx', 'release/2027'),
    'https://github.com/org/repo/commits/release/2027/content/a.mdx',
  );
  assert.equal(repositoryUrl({ REPOSITORY_URL: 'https://github.com/org/repo' }), 'https://github.com/org/repo');
  assert.equal(repositoryUrl({}), undefined);
  assert.equal(repositoryBranch({}), 'main');
  assert.equal(repositoryBranch({ REPOSITORY_BRANCH: ' release ' }), 'release');
});

test('content outside any repository has no dates', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'llr-no-git-'));
  writeFileSync(join(dir, 'a.mdx'), 'x');
  if (repositoryRoot(dir) !== null) return t.skip('the temporary folder is inside a repository on this machine');
  const history = loadGitHistory(dir);
  assert.equal(history.lastCommit(join(dir, 'a.mdx')), undefined);
  assert.match(history.unavailable ?? '', /not in a git repository/);
});

/** Runs git in `cwd` as a fixed person at a fixed time, so commit dates are known. */
const gitAt = (cwd: string, date: string, ...args: string[]) =>
  spawnSync('git', ['-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
      GIT_COMMITTER_DATE: date,
      GIT_AUTHOR_DATE: date,
    },
  });

test('in a real repository, a committed file has its commit date and an untracked one has none', (t) => {
  const repo = mkdtempSync(join(tmpdir(), 'llr-git-'));
  const git = (...args: string[]) => gitAt(repo, '2025-02-03T10:00:00+00:00', ...args);
  if (git('init', '-q', '-b', 'main').status !== 0) return t.skip('git is not installed');
  mkdirSync(join(repo, 'content/procedures'), { recursive: true });
  writeFileSync(join(repo, 'content/procedures/committed.mdx'), 'x');
  writeFileSync(join(repo, 'outside.mdx'), 'x');
  assert.equal(git('add', '.').status, 0);
  assert.equal(git('commit', '-q', '-m', 'first').status, 0);
  writeFileSync(join(repo, 'content/procedures/new.mdx'), 'x');
  const history = loadGitHistory(join(repo, 'content'));
  assert.equal(history.unavailable, undefined);
  assert.equal(history.lastCommit(join(repo, 'content/procedures/committed.mdx'))?.date, '2025-02-03');
  assert.equal(history.lastCommit(join(repo, 'content/procedures/new.mdx')), undefined, 'not yet committed');
  assert.equal(history.lastCommit(join(repo, 'outside.mdx')), undefined, 'only the content folder is read');
  assert.equal(history.repositoryPath(join(repo, 'content/procedures/committed.mdx')), 'content/procedures/committed.mdx');
});

test('in a shallow clone, only files changed after the cut-off get a date', (t) => {
  const origin = mkdtempSync(join(tmpdir(), 'llr-git-origin-'));
  if (gitAt(origin, '2025-01-01T00:00:00Z', 'init', '-q', '-b', 'main').status !== 0) return t.skip('git is not installed');
  mkdirSync(join(origin, 'content'));
  for (const [i, date] of ['2025-01-01', '2025-02-01', '2025-03-01'].entries()) {
    writeFileSync(join(origin, `content/file-${i}.mdx`), 'x');
    gitAt(origin, `${date}T12:00:00Z`, 'add', '.');
    assert.equal(gitAt(origin, `${date}T12:00:00Z`, 'commit', '-q', '-m', `commit ${i}`).status, 0);
  }
  const clone = join(mkdtempSync(join(tmpdir(), 'llr-git-shallow-')), 'clone');
  assert.equal(gitAt(tmpdir(), '2025-04-01T00:00:00Z', 'clone', '-q', '--depth', '2', `file://${origin}`, clone).status, 0);
  const history = loadGitHistory(join(clone, 'content'));
  assert.equal(history.lastCommit(join(clone, 'content/file-2.mdx'))?.date, '2025-03-01');
  assert.equal(
    history.lastCommit(join(clone, 'content/file-1.mdx')),
    undefined,
    'changed in the cut-off commit: its own date is not known',
  );
  assert.equal(history.lastCommit(join(clone, 'content/file-0.mdx')), undefined, 'older than the clone');
});
