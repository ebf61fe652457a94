import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { badCorpus, caseFile, caseNames, contentWithCase, expectations } from '../helpers/bad-corpus.ts';
import { repoRoot, validFixture } from '../helpers/fixture.ts';

const TODAY = '2026-06-01';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs `npm run check`'s script, as CI does, on a content folder. */
function runCheck(contentDir: string, today = TODAY) {
  const result = spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_TODAY: today },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('the corpus has at least 25 cases, each with one file and an expected message', () => {
  const names = caseNames();
  assert.ok(names.length >= 25, `only ${names.length} cases`);
  assert.deepEqual(names, Object.keys(expectations).sort(), 'every case folder needs an expectation, and every expectation a folder');
  for (const name of names) caseFile(name);
});

for (const name of caseNames()) {
  test(`bad input "${name}" gives exactly its own message`, () => {
    const expected = expectations[name];
    assert.ok(expected, `no expectation for ${name}`);
    const [line, field, message] = expected;
    const { problems } = validateContent(readContent(repoRoot, contentWithCase(name)), { today: TODAY });
    assert.equal(problems.length, 1, `one mistake, one message; got:\n${problems.map(formatProblem).join('\n')}`);
    const [problem] = problems;
    assert.equal(problem!.severity, 'error', 'an error, so the checker exits non-zero and the build stops');
    const text = formatProblem(problem!);
    assert.match(text, new RegExp(`(^|/)${escape(caseFile(name))}:${line}: ${escape(field)}: `), text);
    assert.match(problem!.message, message);
  });
}

test('npm run check exits 0 and prints no problems for the valid fixture', () => {
  const { status, output } = runCheck(validFixture);
  assert.equal(status, 0, output);
  assert.match(output, /0 error\(s\), 0 warning\(s\)/);
});

for (const name of ['script-element', 'onclick-attribute', 'javascript-link', 'import-statement', 'unknown-owner']) {
  test(`npm run check exits non-zero on "${name}" and prints file:line: field: message`, () => {
    const [line, field] = expectations[name]!;
    const { status, output } = runCheck(contentWithCase(name));
    assert.equal(status, 1, output);
    assert.match(output, new RegExp(`${escape(caseFile(name))}:${line}: ${escape(field)}: `));
    assert.match(output, /1 error\(s\)/);
  });
}

test('npm run check prints every problem, not only the first', () => {
  const dir = contentWithCase('script-element');
  cpSync(join(badCorpus, 'unknown-owner'), dir, { recursive: true });
  cpSync(join(badCorpus, 'link-to-missing-heading'), dir, { recursive: true });
  const { status, output } = runCheck(dir);
  assert.equal(status, 1);
  for (const name of ['script-element', 'unknown-owner', 'link-to-missing-heading']) {
    assert.match(output, new RegExp(escape(caseFile(name))), `${name} missing from:\n${output}`);
  }
  assert.match(output, /3 error\(s\)/);
});

test('a review date that has passed is a warning: reported, but the check passes', () => {
  const { status, output } = runCheck(validFixture, '2028-02-01');
  assert.equal(status, 0, output);
  assert.match(output, /fixture-procedure\.mdx:9: warning: nextReviewDue: 2028-01-10 has passed/);
});
