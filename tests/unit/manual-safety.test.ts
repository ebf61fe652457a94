/**
 * Rules of the manual that a practitioner acts on, held against the real content so they cannot
 * regress: when to refer without consent, threshold indicators that agree with their procedures,
 * and national timescales stated once (content/timescales/) rather than in each page's words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml, readContent, entriesOf } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { thresholdLevelSchema } from '../../src/lib/content/schema.ts';
import { CONSENT_EXCEPTIONS } from '../../src/lib/content/vocabulary.ts';
import { indicatorSocialCareProblems } from '../../src/lib/content/rules/thresholds.ts';
import { repoRoot } from '../helpers/fixture.ts';

const tree = readContent(repoRoot);
const { problems, documents } = validateContent(tree);

const levels = new Map(
  entriesOf(tree.data.thresholdLevels).map(({ value }) => {
    const level = thresholdLevelSchema.parse(value);
    return [level.level, level];
  }),
);

test('levels 3 and 4 say, in the data, to refer without consent where asking risks harm, loses evidence or causes undue delay', () => {
  for (const number of [3, 4]) {
    const level = levels.get(number)!;
    assert.deepEqual([...level.consentExceptions].sort(), [...CONSENT_EXCEPTIONS].sort(), `level ${number} consentExceptions`);
    assert.doesNotMatch(
      level.consent,
      /get (their|parents'?) consent before you (make|refer)/i,
      `level ${number} prose must not make consent a precondition`,
    );
  }
});

test('the real manual has no indicator that disagrees with its procedure', () => {
  const found = problems.filter((p) => p.field.endsWith('.socialCare')).map(formatProblem);
  assert.deepEqual(found, []);
});

test('the procedures that always need social care are marked, and their indicators say so', () => {
  const marked = [...documents]
    .filter(([key, { data }]) => key.startsWith('procedures/') && data.socialCare)
    .map(([key, { data }]) => [key, data.socialCare]);
  const byId = new Map(marked.map(([key, action]) => [key!.slice('procedures/'.length), action]));
  assert.equal(byId.get('private-fostering'), 'notify');
  assert.equal(byId.get('concealed-pregnancy'), 'refer');
  for (const { id, value } of entriesOf(tree.data.thresholdIndicators)) {
    const { procedures = [], socialCare } = value as { procedures?: string[]; socialCare?: string };
    for (const procedure of procedures) {
      if (byId.has(procedure)) assert.equal(socialCare, byId.get(procedure), `${id} links ${procedure}`);
    }
  }
});

test("an indicator that loses its procedure's action is an error naming the file, the indicator and the fix", () => {
  const yaml = '- id: pf-1\n  level: 3\n  procedures: [private-fostering]\n';
  const found = indicatorSocialCareProblems(
    parseYaml(yaml, 'content/threshold-data/indicators.yaml'),
    new Map([['private-fostering', 'notify']]),
  ).map(formatProblem);
  assert.equal(found.length, 1);
  assert.match(found[0]!, /^content\/threshold-data\/indicators\.yaml:1: pf-1\.socialCare: .*add "socialCare: notify"/);
  const wrong = indicatorSocialCareProblems(
    parseYaml(`${yaml}  socialCare: refer\n`, 'x.yaml'),
    new Map([['private-fostering', 'notify']]),
  ).map(formatProblem);
  assert.match(wrong[0]!, /x\.yaml:4: pf-1\.socialCare:/);
  const unfounded = indicatorSocialCareProblems(
    parseYaml('- id: a\n  level: 2\n  procedures: [neglect]\n  socialCare: refer\n', 'x.yaml'),
    new Map([['neglect', undefined]]),
  ).map(formatProblem);
  assert.match(unfounded[0]!, /none of this indicator's procedures says to refer/);
});

/** The national timescales held in content/timescales/, as words a page might restate them in. */
const RESTATED = /\b(?:one|1|five|5|10|ten|15|fifteen|45|forty-five) working days?\b/i;

test('no document, glossary entry or data file states a national timescale in its own words', () => {
  const files = [
    // Annual reports are the record of their year: "assessments completed within 45 working days" is a figure there, not advice.
    ...tree.documents
      .filter((doc) => doc.collection !== 'reports')
      .map((doc) => ({ file: doc.file, text: doc.body, firstLine: doc.bodyLine })),
    ...[...tree.data.glossary, tree.data.thresholdLevels, tree.data.thresholdIndicators]
      .filter((s) => s !== undefined)
      .map((s) => ({ file: s.file, text: readFileSync(join(repoRoot, s.file), 'utf8'), firstLine: 1 })),
  ];
  const restated = files.flatMap(({ file, text, firstLine }) =>
    text
      .split('\n')
      .flatMap((line, i) =>
        RESTATED.test(line.replace(/same working day/gi, '')) ? [`${file}:${firstLine + i}: ${line.trim().slice(0, 120)}`] : [],
      ),
  );
  assert.deepEqual(restated, [], 'use <Timescale id="..." /> or <Timescales ids="..." /> (content/timescales/) instead');
});

test('a timescale a page names must exist', () => {
  const unknown = problems.filter((p) => p.field === '<Timescale>' || p.field === '<Timescales>').map(formatProblem);
  assert.deepEqual(unknown, []);
});

test('the indicators a practitioner reported unlinked now lead to their procedure', () => {
  const linked = new Map(
    entriesOf(tree.data.thresholdIndicators).map(({ id, value }) => [id, value as { text: string; procedures?: string[] }]),
  );
  const expectations: [RegExp, string][] = [
    [/forced marriage|so-called honour/i, 'honour-based-abuse-and-forced-marriage'],
    [/young carer/i, 'young-carers'],
    [/poses a risk to children/i, 'people-who-pose-a-risk-to-children'],
    [/in prison/i, 'children-of-prisoners'],
  ];
  for (const [pattern, procedure] of expectations) {
    const matching = [...linked].filter(([, entry]) => pattern.test(entry.text));
    assert.ok(matching.length > 0, `an indicator mentions ${pattern}`);
    for (const [id, entry] of matching) assert.ok(entry.procedures?.includes(procedure), `${id} links ${procedure}`);
  }
});
