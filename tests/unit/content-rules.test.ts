import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readContent } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { copyFixture, edit, repoRoot, validFixture } from '../helpers/fixture.ts';

const problemsIn = (dir: string) => validateContent(readContent(repoRoot, dir), { today: '2026-06-01' }).problems.map(formatProblem);
const PROCEDURE = 'procedures/fixture-procedure.mdx';

test('the valid fixture content has no problems', () => {
  assert.deepEqual(problemsIn(validFixture), []);
});

test('an unknown owner is reported with file, line and field', () => {
  const dir = copyFixture();
  edit(dir, PROCEDURE, 'owner: policy-and-procedures', 'owner: policy-and-procedure');
  const [problem, ...rest] = problemsIn(dir);
  assert.equal(rest.length, 0);
  assert.match(problem!, /procedures\/fixture-procedure\.mdx:6: owner: "policy-and-procedure" is not a subgroup/);
});

test('a missing title is reported against the title field', () => {
  const dir = copyFixture();
  edit(dir, PROCEDURE, /^title: .*\n/m, '');
  assert.match(problemsIn(dir).join('\n'), /fixture-procedure\.mdx:\d+: title: is missing/);
});

test('nextReviewDue before lastReviewed is reported on the nextReviewDue line', () => {
  const dir = copyFixture();
  edit(dir, PROCEDURE, 'nextReviewDue: 2028-01-10', 'nextReviewDue: 2025-01-10');
  assert.match(problemsIn(dir).join('\n'), /fixture-procedure\.mdx:9: nextReviewDue: must be after lastReviewed/);
});

test('a related document that does not exist is reported', () => {
  const dir = copyFixture();
  edit(dir, PROCEDURE, 'related: [briefings/fixture-briefing]', 'related: [briefings/no-such-briefing]');
  assert.match(problemsIn(dir).join('\n'), /related\[0\]: "briefings\/no-such-briefing" is not a document/);
});

test('a briefing whose sections are out of order is reported', () => {
  const dir = copyFixture();
  edit(dir, 'briefings/fixture-briefing.mdx', '## Why it matters', '## Why this matters');
  assert.match(problemsIn(dir).join('\n'), /fixture-briefing\.mdx:\d+: briefing sections: section 2 should be headed "Why it matters"/);
});

test('a YAML syntax error is reported with its line', () => {
  const dir = copyFixture();
  edit(dir, PROCEDURE, 'version: "1.0"', 'version: "1.0');
  assert.match(problemsIn(dir).join('\n'), /fixture-procedure\.mdx:\d+: YAML: /);
});
