/**
 * A review date already past is a warning for a document that has lapsed since it was
 * published, and an error for a document the change creates: `npm run check -- --base REF`
 * knows which those are, from git, as a pull request runs it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent } from '../../src/lib/content/files.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { repoRoot } from '../helpers/fixture.ts';
import { GIT_TEST_ENV } from '../helpers/run-script.ts';

const fixture = join(repoRoot, 'tests/fixtures/content-valid');
// After every fixture document's nextReviewDue (2028-01-10).
const LATER = '2029-01-01';

test('a passed review date is an error on a new document and a warning on the others', () => {
  const tree = readContent(repoRoot, fixture);
  const procedure = tree.documents.find((d) => d.id === 'fixture-procedure')!;
  const { problems } = validateContent(tree, { today: LATER, newFiles: new Set([procedure.file]) });
  const review = problems.filter((p) => p.field === 'nextReviewDue');
  const mine = review.filter((p) => p.file === procedure.file);
  assert.equal(mine.length, 1);
  assert.equal(mine[0]!.severity, 'error');
  assert.match(mine[0]!.message, /new in this change/);
  const others = review.filter((p) => p.file !== procedure.file);
  assert.ok(others.length > 0, 'the other published documents are overdue too');
  assert.ok(
    others.every((p) => p.severity === 'warning'),
    'documents that lapsed since publication only warn',
  );
  assert.ok(
    validateContent(tree, { today: LATER }).problems.every((p) => p.severity === 'warning'),
    'without --base nothing is new',
  );
});

test('npm run check -- --base: a document added on a branch with a passed review date fails, naming its file and field', () => {
  const top = mkdtempSync(join(tmpdir(), 'llr-check-new-'));
  const content = join(top, 'content');
  cpSync(fixture, content, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: top, env: { ...process.env, ...GIT_TEST_ENV }, encoding: 'utf8' });
  git('init', '--quiet', '--initial-branch=main');
  git('add', '.');
  git('commit', '--quiet', '-m', 'content');
  git('checkout', '--quiet', '-b', 'new-procedure');
  const copied = readFileSync(join(content, 'procedures/fixture-procedure.mdx'), 'utf8')
    .replace('title: Fixture procedure', 'title: A new fixture procedure')
    .replace(/^redirectFrom: .*\n/m, '');
  writeFileSync(join(content, 'procedures/fixture-new.mdx'), copied);

  const check = (...args: string[]) =>
    spawnSync(process.execPath, [join(repoRoot, 'scripts/check.ts'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...GIT_TEST_ENV, CONTENT_DIR: content, SITE_TODAY: LATER },
      encoding: 'utf8',
    });
  const plain = check();
  assert.equal(plain.status, 0, `without a base a passed date only warns:\n${plain.stdout}`);
  const against = check('--base', 'main');
  assert.equal(against.status, 1, against.stdout + against.stderr);
  const errors = against.stdout.split('\n').filter((line) => /: nextReviewDue: .*new in this change/.test(line));
  assert.equal(errors.length, 1, against.stdout);
  const line = copied.split('\n').findIndex((text) => text.startsWith('nextReviewDue:')) + 1;
  assert.match(errors[0]!, new RegExp(`procedures/fixture-new\\.mdx:${line}: nextReviewDue: 2028-01-10 has already passed`));
  assert.match(against.stdout, /1 new since main: 1 error\(s\)/);

  git('add', '.');
  git('commit', '--quiet', '-m', 'new procedure');
  assert.equal(check('--base', 'main').status, 1, 'committed on the branch, it is still new against main');
  assert.equal(check('--base', 'new-procedure').status, 0, 'against its own branch it is not new');
  const unknown = check('--base', 'no-such-branch');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /git does not know the revision "no-such-branch"/);
  const option = check('--frobnicate');
  assert.equal(option.status, 2, 'an unknown option is a usage error');
  assert.match(option.stderr, /Unknown option '--frobnicate'[\s\S]*Usage: npm run check/);
});
