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

test('a link to a plain http:// address in a body is a warning with the fix, not an error', () => {
  const dir = copyFixture();
  edit(dir, PROCEDURE, "Children's social care.", "Children's social care: [the council](http://www.example.gov.uk/care).");
  const problems = validateContent(readContent(repoRoot, dir), { today: '2026-06-01' }).problems;
  assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
  assert.equal(problems[0]!.severity, 'warning');
  assert.match(
    formatProblem(problems[0]!),
    /fixture-procedure\.mdx:30: warning: links: "http:\/\/www\.example\.gov\.uk\/care": links to http:\/\/ addresses are not secure: use the https:\/\/ address if the site has one$/,
  );
});

test('an http:// source url or contact web address is a warning on its own line', () => {
  const dir = copyFixture();
  edit(
    dir,
    PROCEDURE,
    '  - title: Working Together to Safeguard Children 2023',
    '  - title: Working Together to Safeguard Children 2023\n    url: http://www.gov.uk/working-together',
  );
  edit(dir, 'contacts/police-101.yaml', 'web: https://www.leics.police.uk', 'web: http://www.leics.police.uk');
  const problems = validateContent(readContent(repoRoot, dir), { today: '2026-06-01' }).problems;
  assert.deepEqual(
    problems.map((p) => p.severity),
    ['warning', 'warning'],
    problems.map(formatProblem).join('\n'),
  );
  const text = problems.map(formatProblem).join('\n');
  assert.match(
    text,
    /contacts\/police-101\.yaml:6: warning: web: "http:\/\/www\.leics\.police\.uk": links to http:\/\/ addresses are not secure/,
  );
  assert.match(
    text,
    /fixture-procedure\.mdx:13: warning: sources\[0\]\.url: "http:\/\/www\.gov\.uk\/working-together": links to http:\/\/ addresses are not secure/,
  );
});

test('https:// links and a contact source url that must already be https:// give no http warning', () => {
  const dir = copyFixture();
  edit(dir, PROCEDURE, "Children's social care.", "Children's social care: [the council](https://www.example.gov.uk/care).");
  assert.deepEqual(problemsIn(dir), []);
});
