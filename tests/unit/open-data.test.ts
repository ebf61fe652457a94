import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { documentPath, withBase } from '../../src/lib/content/documents.ts';
import { type ThresholdIndicator, type ThresholdLevel } from '../../src/lib/content/schema.ts';
import { CONSENT_EXCEPTIONS, DOMAINS } from '../../src/lib/content/vocabulary.ts';
import { planOfflineCopy, roleOf } from '../../src/lib/offline/plan.ts';
import { jsonSchemaOf, undescribedPaths, UNDESCRIBED, type JsonSchema } from '../../src/lib/open-data/json-schema.ts';
import {
  documentRecord,
  documentRecordSchema,
  documentsFile,
  OPEN_DATA,
  thresholdsFile,
  type PublishedDocument,
  type RecordContext,
} from '../../src/lib/open-data/records.ts';

const BASE = '/llr/';
const context = (site?: string): RecordContext => ({
  subgroups: new Map([['policy-and-procedures', { name: 'Policy and Procedures Group' }]]),
  partnerships: new Map([
    ['leicester', { name: 'Leicester Safeguarding Children Partnership Board', shortName: 'Leicester' }],
    [
      'leicestershire-rutland',
      { name: 'Leicestershire & Rutland Safeguarding Children Partnership', shortName: 'Leicestershire & Rutland' },
    ],
  ]),
  pathOf: (doc) => withBase(BASE, documentPath(doc.collection, doc.id)),
  site: site ? new URL(site) : undefined,
});

const doc = (
  collection: PublishedDocument['collection'],
  id: string,
  changes: Partial<PublishedDocument['data']> = {},
): PublishedDocument => ({
  collection,
  id,
  data: {
    title: `Title of ${id}`,
    summary: 'What it is for.',
    owner: 'policy-and-procedures',
    appliesTo: ['leicester'],
    version: '2.1',
    lastReviewed: '2026-03-02',
    nextReviewDue: '2028-03-02',
    status: 'published',
    amendments: [
      { date: '2026-03-02', summary: 'Updated the contacts.', version: '2.1' },
      { date: '2025-01-10', summary: 'First published.' },
    ],
    ...changes,
  },
});

test("a document record carries its metadata, the owner's and areas' names and its page address", () => {
  const record = documentRecord(doc('procedures', 'neglect'), context('https://example.org'));
  assert.deepEqual(record, {
    collection: 'procedures',
    id: 'neglect',
    title: 'Title of neglect',
    summary: 'What it is for.',
    owner: { id: 'policy-and-procedures', name: 'Policy and Procedures Group' },
    areas: [{ id: 'leicester', name: 'Leicester Safeguarding Children Partnership Board', shortName: 'Leicester' }],
    version: '2.1',
    lastReviewed: '2026-03-02',
    nextReviewDue: '2028-03-02',
    status: 'published',
    address: { path: '/llr/procedures/neglect/', url: 'https://example.org/llr/procedures/neglect/' },
    amendments: [
      { date: '2026-03-02', summary: 'Updated the contacts.', version: '2.1' },
      { date: '2025-01-10', summary: 'First published.' },
    ],
  });
});

test('without SITE_URL the address is the site path only, never a made-up origin', () => {
  const record = documentRecord(doc('briefings', 'child-a'), context());
  assert.deepEqual(record.address, { path: '/llr/briefings/child-a/' });
  assert.equal(JSON.stringify(record).includes('http'), false);
});

test('a document that names no partnership applies to every one, in the order the site lists them', () => {
  const record = documentRecord(doc('procedures', 'neglect', { appliesTo: undefined }), context());
  assert.deepEqual(
    record.areas.map((area) => area.id),
    ['leicester', 'leicestershire-rutland'],
  );
});

test('drafts are never published: the file leaves them out and a record refuses one', () => {
  const file = documentsFile(
    [doc('procedures', 'published-one'), doc('procedures', 'secret', { status: 'draft' }), doc('reports', 'old', { status: 'archived' })],
    {
      ...context(),
      schemaAddress: '/llr/data/documents.schema.json',
    },
  );
  assert.deepEqual(
    file.documents.map((d) => `${d.collection}/${d.id}:${d.status}`),
    ['procedures/published-one:published', 'reports/old:archived'],
  );
  assert.throws(() => documentRecord(doc('procedures', 'secret', { status: 'draft' }), context()), /draft/);
});

test('the documents file points to its schema, says what it is, and lists documents by collection then id', () => {
  const file = documentsFile([doc('reports', 'b'), doc('procedures', 'z'), doc('arrangements', 'x'), doc('procedures', 'a')], {
    ...context(),
    schemaAddress: '/llr/data/documents.schema.json',
  });
  assert.equal(file.$schema, '/llr/data/documents.schema.json');
  assert.equal(file.about, OPEN_DATA.documents.about);
  assert.deepEqual(
    file.documents.map((d) => `${d.collection}/${d.id}`),
    ['arrangements/x', 'procedures/a', 'procedures/z', 'reports/b'],
  );
  assert.deepEqual(OPEN_DATA.documents.schema.parse(JSON.parse(JSON.stringify(file))), file, 'the file passes its own schema');
});

test('an unknown owner or partnership stops the build with the document named', () => {
  assert.throws(() => documentRecord(doc('procedures', 'neglect', { owner: 'nobody' }), context()), /procedures\/neglect: owner "nobody"/);
  assert.throws(() => documentRecord(doc('procedures', 'neglect', { appliesTo: ['atlantis'] }), context()), /partnership "atlantis"/);
});

test('the record schema holds the content contract: real dates, version numbers, no drafts', () => {
  const record = documentRecord(doc('procedures', 'neglect'), context());
  assert.ok(documentRecordSchema.safeParse(record).success);
  assert.equal(documentRecordSchema.safeParse({ ...record, lastReviewed: '2026-02-30' }).success, false);
  assert.equal(documentRecordSchema.safeParse({ ...record, version: 'two' }).success, false);
  assert.equal(documentRecordSchema.safeParse({ ...record, status: 'draft' }).success, false);
  assert.equal(documentRecordSchema.safeParse({ ...record, amendments: [{ date: '2026-13-01', summary: 'x' }] }).success, false);
});

const level = (n: 1 | 2 | 3 | 4): ThresholdLevel => ({
  id: `level-${n}`,
  level: n,
  name: `Level ${n}`,
  description: 'd',
  response: 'r',
  whoToContact: 'w',
  contacts: [],
  consent: 'c',
  consentExceptions: n > 2 ? ['risk-of-harm'] : [],
});
const indicator = (n: 1 | 2 | 3 | 4, domain: ThresholdIndicator['domain'], id = 'indicator'): ThresholdIndicator => ({
  id,
  level: n,
  domain,
  area: 'Health',
  text: 'Text',
  procedures: [],
});

test('the thresholds file has the levels in order, the indicators by level, domain and id, and the names they refer to', () => {
  const file = thresholdsFile(
    [
      { id: 'level-2', data: level(2) },
      { id: 'level-1', data: level(1) },
    ],
    [
      { id: 'z-fe-1', data: indicator(1, 'family-and-environment', 'z-fe-1') },
      { id: 'y-dn-2', data: indicator(2, 'developmental-needs', 'y-dn-2') },
      { id: 'b-dn-1', data: indicator(1, 'developmental-needs', 'b-dn-1') },
      { id: 'a-pc-1', data: indicator(1, 'parenting-capacity', 'a-pc-1') },
      { id: 'a-dn-1', data: indicator(1, 'developmental-needs', 'a-dn-1') },
    ],
    '/data/thresholds.schema.json',
  );
  assert.deepEqual(
    file.levels.map((l) => [l.id, l.level]),
    [
      ['level-1', 1],
      ['level-2', 2],
    ],
  );
  assert.deepEqual(
    file.indicators.map((i) => i.id),
    ['a-dn-1', 'b-dn-1', 'a-pc-1', 'z-fe-1', 'y-dn-2'],
  );
  assert.deepEqual(
    file.domains.map((d) => d.id),
    [...DOMAINS],
  );
  assert.deepEqual(
    file.consentExceptions.map((c) => c.id),
    [...CONSENT_EXCEPTIONS],
  );
  assert.ok(file.domains.every((d) => d.name.length > 0) && file.consentExceptions.every((c) => c.text.length > 0));
  assert.equal(file.$schema, '/data/thresholds.schema.json');
  assert.deepEqual(OPEN_DATA.thresholds.schema.parse(JSON.parse(JSON.stringify(file))), file);
});

/** The keys of a zod object a parsed value always has: what the JSON Schema must require. */
const alwaysPresent = (schema: z.ZodObject) =>
  Object.entries(schema.shape)
    .filter(([, field]) => field._zod.optout !== 'optional')
    .map(([key]) => key);
const property = (schema: JsonSchema, ...path: string[]): JsonSchema =>
  path.reduce<JsonSchema>(
    (at, key) => (key === '[]' ? (at.items as JsonSchema) : (at.properties as Record<string, JsonSchema>)[key]!),
    schema,
  );

for (const [name, file] of Object.entries(OPEN_DATA)) {
  test(`the ${name} JSON Schema is generated from the zod schema: an object requiring every field the file always has`, () => {
    const schema = jsonSchemaOf(file.schema, { title: file.title, description: file.about });
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.type, 'object');
    assert.equal(schema.title, file.title);
    assert.equal(schema.description, file.about);
    assert.equal('$id' in schema, false, "no $id without the site's public address");
    assert.deepEqual(Object.keys(schema.properties as object), Object.keys(file.schema.shape));
    assert.deepEqual(schema.required, alwaysPresent(file.schema));
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(undescribedPaths(schema), [], 'every part of the file is described');
  });
}

test('the documents schema describes each record field by field, dates as dates', () => {
  const schema = jsonSchemaOf(OPEN_DATA.documents.schema, {
    id: 'https://example.org/data/documents.schema.json',
    title: 't',
    description: 'd',
  });
  assert.equal(schema.$id, 'https://example.org/data/documents.schema.json');
  const record = property(schema, 'documents', '[]');
  assert.deepEqual(record.required, alwaysPresent(documentRecordSchema));
  assert.deepEqual(record.required, Object.keys(documentRecordSchema.shape), 'every record field is always present');
  for (const path of [['lastReviewed'], ['nextReviewDue'], ['amendments', '[]', 'date']]) {
    const date = property(record, ...path);
    assert.equal(date.type, 'string', path.join('.'));
    assert.equal(date.format, 'date', path.join('.'));
    assert.ok(
      new RegExp(date.pattern as string).test('2024-02-29') && !new RegExp(date.pattern as string).test('2025-02-29'),
      path.join('.'),
    );
  }
  assert.deepEqual(property(record, 'status').enum, ['published', 'archived']);
  assert.deepEqual(property(record, 'address').required, ['path'], 'url is there only when SITE_URL is set');
  assert.equal(property(record, 'version').pattern, '^\\d+(\\.\\d+){0,2}$');
  assert.ok(typeof property(record, 'title').description === 'string');
});

test('fields with defaults are required in the thresholds schema, as the file always has them', () => {
  const schema = jsonSchemaOf(OPEN_DATA.thresholds.schema, { title: 't', description: 'd' });
  const levelSchema = property(schema, 'levels', '[]');
  assert.ok((levelSchema.required as string[]).includes('contacts'));
  assert.ok((levelSchema.required as string[]).includes('consentExceptions'));
  assert.deepEqual((property(schema, 'indicators', '[]').required as string[]).includes('socialCare'), false, 'socialCare is optional');
});

test('a part zod cannot express falls back to "any value", saying so, instead of failing', () => {
  const schema = jsonSchemaOf(z.object({ plain: z.string(), computed: z.string().transform((text) => text.length) }), {
    title: 't',
    description: 'd',
  });
  assert.deepEqual(property(schema, 'plain'), { type: 'string' });
  assert.equal(property(schema, 'computed').description, UNDESCRIBED);
  assert.deepEqual(undescribedPaths(schema), ['/properties/computed']);
});

test('the open data files are never saved for offline reading', () => {
  for (const { path, schemaPath } of Object.values(OPEN_DATA)) {
    assert.equal(roleOf(path.slice(1)), 'skip', path);
    assert.equal(roleOf(schemaPath.slice(1)), 'skip', schemaPath);
  }
  const files = [
    { path: 'index.html', bytes: 10 },
    { path: 'data/documents.json', bytes: 10 },
    { path: 'procedures/neglect/index.html', bytes: 10 },
  ];
  assert.deepEqual(
    planOfflineCopy(files, { maxBytes: 1e6 }).precache.map((file) => file.path),
    ['index.html', 'procedures/neglect/index.html'],
  );
  assert.equal(roleOf('search/glossary.json'), 'search', "the search page's own data files are still saved");
});
