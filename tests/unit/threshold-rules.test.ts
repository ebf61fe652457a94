/**
 * The rule that levels 1 to 4 are each defined once, beyond the single mistakes in the bad-input
 * corpus: several missing at once, broken YAML, and which mistakes explain a missing level.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYaml } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { levelSetProblems } from '../../src/lib/content/rules/thresholds.ts';

const FILE = 'content/threshold-data/levels.yaml';

/** levels.yaml with one entry per `level:` value given (each written as it would be in YAML). */
const levelsYaml = (...levels: string[]) =>
  levels.map((level, i) => `- id: level-${i + 1}\n  level: ${level}\n  name: Level ${i + 1}\n`).join('');

const problems = (yaml: string) => levelSetProblems(parseYaml(yaml, FILE)).map(formatProblem);

test('four levels, 1 to 4 in any order, have no problems', () => {
  assert.deepEqual(problems(levelsYaml('1', '2', '3', '4')), []);
  assert.deepEqual(problems(levelsYaml('4', '2', '1', '3')), []);
});

test('several missing levels are named together in one message', () => {
  const found = problems(levelsYaml('1', '3'));
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /levels\.yaml:1: levels: levels 2 and 4 are missing/);
  assert.match(problems('')[0]!, /levels 1, 2, 3 and 4 are missing/, 'an empty file has no levels');
});

test('a level written twice is reported where it is repeated, naming the first', () => {
  const found = problems(levelsYaml('1', '2', '2', '4'));
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /levels\.yaml:8: level-3\.level: level 2 is also defined by level-2 \(line 5\).*did you mean level 3/);
});

test('a fifth entry repeating a level asks for one to be removed, as no level is missing', () => {
  const found = problems(levelsYaml('1', '2', '3', '4', '1'));
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0]!, /level-5\.level: level 1 is also defined by level-1 .*remove one of them/);
});

test('a level the schema refuses is not reported again as a missing level', () => {
  // The schema's own message ("must be 1, 2, 3 or 4") is the one the editor needs.
  assert.deepEqual(problems(levelsYaml('1', '2', '3', '5')), []);
  assert.deepEqual(problems(levelsYaml('1', '2', '3', '"4"')), []);
});

test('YAML that cannot be read gives only its syntax error, not four missing levels', () => {
  const source = parseYaml('level-1:\n  level: "1\n', FILE);
  assert.ok(source.syntaxErrors.length > 0, 'the YAML is broken');
  assert.deepEqual(levelSetProblems(source), []);
});
