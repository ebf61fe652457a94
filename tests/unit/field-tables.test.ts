/**
 * Field explanations kept on the schemas (src/lib/content/field-help.ts) and the field tables
 * generated from them for CONTRIBUTING.md (scripts/lib/field-tables.ts, `npm run docs:fields`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { described, fieldDescriptions, fieldHelp } from '../../src/lib/content/field-help.ts';
import { documentFields, documentSchemas, idSchema, isoDateSchema } from '../../src/lib/content/schema.ts';
import { DOCUMENT_COLLECTIONS } from '../../src/lib/content/vocabulary.ts';
import {
  collectionFieldsTable,
  commonFieldsTable,
  endMarker,
  markdownTable,
  startMarker,
  withFieldTables,
} from '../../scripts/lib/field-tables.ts';
import { runScript } from '../helpers/run-script.ts';

test('every frontmatter field of every collection has an explanation for editors', () => {
  const missing = DOCUMENT_COLLECTIONS.flatMap((collection) =>
    fieldDescriptions(documentSchemas[collection])
      .filter((field) => !field.description?.trim())
      .map((field) => `${collection}.${field.name}`),
  );
  assert.deepEqual(missing, []);
});

test('a field is required unless it is optional or has a default', () => {
  const byName = new Map(fieldDescriptions(documentSchemas.reports).map((field) => [field.name, field.required]));
  assert.equal(byName.get('title'), true, 'a plain string');
  assert.equal(byName.get('lastReviewed'), true, 'a date (a union with a transform)');
  assert.equal(byName.get('appliesTo'), false, '.optional()');
  assert.equal(byName.get('status'), false, '.default()');
  assert.equal(byName.get('published'), false, 'an optional date');
  const shape = { plain: z.string(), optional: z.string().optional(), defaulted: z.number().default(1), refined: z.string().min(2) };
  assert.deepEqual(
    fieldDescriptions(shape).map((field) => [field.name, field.required]),
    [
      ['plain', true],
      ['optional', false],
      ['defaulted', false],
      ['refined', true],
    ],
  );
});

test('described() keeps each explanation on its own field, even where fields share one schema', () => {
  // owner and an arrangements' partnership are both idSchema; lastReviewed and effectiveDate both isoDateSchema.
  const arrangements = new Map(fieldDescriptions(documentSchemas.arrangements).map((field) => [field.name, field.description]));
  assert.match(arrangements.get('owner')!, /owns and reviews/);
  assert.match(arrangements.get('partnership')!, /the arrangements are for/);
  assert.match(arrangements.get('lastReviewed')!, /last checked/);
  assert.match(arrangements.get('effectiveDate')!, /took effect/);
  assert.equal(fieldHelp.get(idSchema), undefined, "the shared schema itself carries no field's explanation");
  assert.equal(fieldHelp.get(isoDateSchema), undefined);
});

test('described() parses exactly as the schema it copies', () => {
  const date = described(isoDateSchema, 'A date.');
  for (const value of ['2026-03-02', new Date('2026-03-02T00:00:00Z'), '2025-02-30', 'soon', undefined]) {
    assert.deepEqual(date.safeParse(value), isoDateSchema.safeParse(value), String(value));
  }
  assert.deepEqual(documentFields.owner.safeParse('Policy'), idSchema.safeParse('Policy'));
});

test('an explanation is lost under a wrapper added after it, so described() comes last', () => {
  // Why schema.ts writes described(z.array(...).default([]), ...), never described(...).default([]).
  const inner = described(z.string(), 'Inner.');
  assert.equal(fieldHelp.get(inner.optional()), undefined);
  assert.equal(fieldHelp.get(described(z.string().optional(), 'Outer.'))?.description, 'Outer.');
});

test("the explanations stay out of zod's global metadata, which the open data JSON Schemas use", () => {
  for (const field of Object.values(documentFields)) assert.equal(z.globalRegistry.get(field), undefined);
});

test("the common table lists required fields first, then the rest, each in the schema's order", () => {
  const names = commonFieldsTable()
    .split('\n')
    .slice(2)
    .map((row) => /^\| `(\w+)`/.exec(row)![1]);
  const fields = fieldDescriptions(documentFields);
  assert.deepEqual(
    names,
    [...fields.filter((f) => f.required), ...fields.filter((f) => !f.required)].map((f) => f.name),
  );
  assert.match(commonFieldsTable(), /^\| `title` +\| Yes +\| The page title/m);
  assert.match(commonFieldsTable(), /^\| `status` +\| No +\| `draft` \(previews only\)/m);
});

test('the collections table lists only the fields some kinds of document add, named by kind', () => {
  const table = collectionFieldsTable();
  assert.match(table, /^\| 7-minute briefings +\| `theme` +\| Yes +\| The learning theme/m);
  assert.match(table, /^\| Annual reports +\| `published` +\| No +\|/m);
  assert.doesNotMatch(table, /`title`/, 'common fields are in the other table');
  assert.doesNotMatch(table, /Threshold document/, 'thresholds add no fields');
});

test('a table lines up every column (the last only up to its header), and escapes a | in a cell', () => {
  assert.equal(
    markdownTable(
      ['A', 'Long header', 'Text'],
      [
        ['x', 'y', 'a | b'],
        ['wide cell', 'z', 'c'],
      ],
    ),
    [
      '| A         | Long header | Text |',
      '| --------- | ----------- | ---- |',
      '| x         | y           | a \\| b |',
      '| wide cell | z           | c    |',
    ].join('\n'),
  );
});

test('the tables are written between their markers, and nothing else in the guide changes', () => {
  const guide = [
    '# Guide',
    '',
    startMarker('common'),
    'old table',
    endMarker('common'),
    '',
    'Between.',
    startMarker('collections'),
    endMarker('collections'),
    'After.',
    '',
  ].join('\n');
  const written = withFieldTables(guide, { common: 'COMMON', collections: 'COLLECTIONS' });
  assert.match(
    written,
    /^# Guide\n\n<!-- fields:common:start -->\n<!-- Generated by `npm run docs:fields`[^\n]*-->\n\nCOMMON\n\n<!-- fields:common:end -->\n\nBetween\.\n/,
  );
  assert.match(written, /\n\nCOLLECTIONS\n\n<!-- fields:collections:end -->\nAfter\.\n$/);
  assert.doesNotMatch(written, /old table/);
  assert.equal(withFieldTables(written, { common: 'COMMON', collections: 'COLLECTIONS' }), written, 'writing again changes nothing');
});

test("a guide without a table's markers is refused, naming the markers", () => {
  assert.throws(
    () => withFieldTables(`${startMarker('common')}\n${endMarker('common')}\n`),
    /<!-- fields:collections:start --> and <!-- fields:collections:end -->/,
  );
  assert.throws(
    () => withFieldTables(`${endMarker('common')}\n${startMarker('common')}\n${startMarker('collections')}\n${endMarker('collections')}\n`),
    /fields:common:start/,
  );
});

test('npm run docs:fields -- --check: the committed guide is in step; an unknown option is a usage error', async () => {
  const [check, unknown] = await Promise.all([
    runScript('scripts/field-tables.ts', ['--check'], {}),
    runScript('scripts/field-tables.ts', ['--chek'], {}),
  ]);
  assert.equal(check.status, 0, check.stderr);
  assert.match(check.stdout, /up to date/);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /Usage: npm run docs:fields/);
});
