import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatProblem, githubAnnotation, type Problem } from '../../src/lib/content/problems.ts';

const problem = (overrides: Partial<Problem> = {}): Problem => ({
  file: 'content/procedures/neglect.mdx',
  line: 6,
  field: 'owner',
  message: '"policy" is not a subgroup: use one of a, b',
  severity: 'error',
  ...overrides,
});

test('an error becomes a GitHub ::error command with its file, line and field', () => {
  assert.equal(
    githubAnnotation(problem()),
    '::error file=content/procedures/neglect.mdx,line=6,title=owner::"policy" is not a subgroup: use one of a, b',
  );
});

test('a warning becomes a ::warning command', () => {
  assert.match(githubAnnotation(problem({ severity: 'warning' })), /^::warning file=content\/procedures\/neglect\.mdx,line=6,/);
});

test("the message is escaped as GitHub's runner expects: %, carriage returns and new lines", () => {
  const command = githubAnnotation(problem({ message: '100% sure\r\nsecond line' }));
  assert.ok(command.endsWith('::100%25 sure%0D%0Asecond line'), command);
  assert.equal(command.split('\n').length, 1, 'one command, one line');
});

test('properties also escape colons and commas, which would end them early', () => {
  const command = githubAnnotation(problem({ file: 'content/a,b:c%.mdx', field: 'amendments[0].date, again: x' }));
  assert.equal(
    command.slice(0, command.indexOf('::', 2)),
    '::error file=content/a%2Cb%3Ac%25.mdx,line=6,title=amendments[0].date%2C again%3A x',
  );
});

test('the annotation says what the printed line says', () => {
  const p = problem();
  assert.ok(formatProblem(p).endsWith(`${p.field}: ${p.message}`));
  assert.ok(githubAnnotation(p).endsWith(`::${p.message}`));
});
