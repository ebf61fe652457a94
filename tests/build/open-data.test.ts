/**
 * The open data files, from a real production build of the fixture content under a base path
 * with SITE_URL set: documents.json and thresholds.json are written with their JSON Schemas
 * beside them, each file passes its schema (checked two ways, see below), drafts are left out,
 * and neither the sitemap nor the offline copy takes them in. The same build ties the sitemap to
 * the pages actually built.
 *
 * No JSON Schema validator is a dependency, and none is added for a test. So each file is
 * checked against the same contract twice: parsed back through the zod schema the JSON Schema
 * is generated from (which also applies the rules JSON Schema cannot state, such as real
 * dates), and walked against the published JSON Schema itself by `conforms` below, which knows
 * the keywords zod writes and fails on any other, so it never passes a rule it did not check.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { precachedUrls } from '../../src/lib/offline/service-worker.ts';
import { DATE_JSON_SCHEMA, jsonSchemaOf, type JsonSchema } from '../../src/lib/open-data/json-schema.ts';
import { OPEN_DATA } from '../../src/lib/open-data/records.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { validFixture } from '../helpers/fixture.ts';
import { documentPageCollection, sitemapPaths } from '../helpers/site.ts';

const BASE = '/llr-procedures/';
const ORIGIN = 'https://example.github.io';
const addressOf = (path: string) => `${ORIGIN}${BASE}${path.replace(/^\//, '')}`;

let site: BuildResult;
before(() => {
  site = buildSite(validFixture, { BASE_PATH: BASE, SITE_URL: ORIGIN, SITE_PREVIEW: '', SITE_TODAY: '2026-06-01' });
});

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(site.outDir, path), 'utf8'));

/** Annotations: words about the data that constrain nothing. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'default']);
const JSON_TYPES: Record<string, (value: unknown) => boolean> = {
  object: (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  array: Array.isArray,
  string: (value) => typeof value === 'string',
  integer: Number.isInteger,
  number: (value) => typeof value === 'number',
  boolean: (value) => typeof value === 'boolean',
};
const FORMATS: Record<string, (value: string) => boolean> = {
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
  uri: (value) => URL.canParse(value),
};

/** Where `value` breaks `schema`, as "pointer: problem" lines; empty when it conforms. */
function conforms(value: unknown, schema: JsonSchema, at = ''): string[] {
  const problems: string[] = [];
  for (const [keyword, rule] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const fail = (problem: string) => problems.push(`${at || '/'}: ${problem}`);
    switch (keyword) {
      case 'type':
        if (!JSON_TYPES[rule as string]?.(value)) fail(`is not of type ${String(rule)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value)) fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(rule)}`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(rule as string, 'u').test(value)) fail(`"${value}" does not match ${String(rule)}`);
        break;
      case 'format':
        if (typeof value === 'string' && !FORMATS[rule as string]?.(value)) fail(`"${value}" is not a ${String(rule)}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (rule as number)) fail(`is shorter than ${String(rule)}`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && [...value].length > (rule as number)) fail(`is longer than ${String(rule)}`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (rule as number)) fail(`is less than ${String(rule)}`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (rule as number)) fail(`is more than ${String(rule)}`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (rule as number)) fail(`has fewer than ${String(rule)} items`);
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((item, i) => problems.push(...conforms(item, rule as JsonSchema, `${at}/${i}`)));
        break;
      case 'required':
        if (JSON_TYPES.object!(value)) for (const key of rule as string[]) if (!(key in (value as object))) fail(`has no "${key}"`);
        break;
      case 'properties':
        if (JSON_TYPES.object!(value)) {
          for (const [key, below] of Object.entries(rule as Record<string, JsonSchema>)) {
            if (key in (value as object)) problems.push(...conforms((value as Record<string, unknown>)[key], below, `${at}/${key}`));
          }
        }
        break;
      case 'additionalProperties': {
        assert.equal(rule, false, `${at}: only additionalProperties: false is checked here`);
        const known = Object.keys((schema.properties as object | undefined) ?? {});
        if (JSON_TYPES.object!(value))
          for (const key of Object.keys(value as object)) if (!known.includes(key)) fail(`has "${key}", which the schema does not allow`);
        break;
      }
      default:
        assert.fail(`${at}: the schema uses "${keyword}", which this check does not know: teach conforms() the keyword`);
    }
  }
  return problems;
}

test('conforms() finds what breaks a schema, so the checks below can fail', () => {
  const schema = jsonSchemaOf(OPEN_DATA.documents.schema, { title: 't', description: 'd' });
  const record = {
    collection: 'procedures',
    id: 'a',
    title: 'A',
    summary: 'S',
    owner: { id: 'o', name: 'O' },
    areas: [{ id: 'l', name: 'L', shortName: 'L' }],
    version: '1.0',
    lastReviewed: '2026-01-10',
    nextReviewDue: '2028-01-10',
    status: 'published',
    address: { path: '/a/' },
    amendments: [],
  };
  assert.deepEqual(conforms({ $schema: 's', about: 'a', documents: [record] }, schema), []);
  const problems = conforms(
    { $schema: 's', about: 'a', documents: [{ ...record, status: 'draft', extra: 1, lastReviewed: '2026-02-30' }] },
    schema,
  );
  assert.deepEqual(
    problems,
    [
      '/documents/0/lastReviewed: "2026-02-30" does not match the pattern',
      '/documents/0/status: "draft" is not one of ["published","archived"]',
      '/documents/0: has "extra", which the schema does not allow',
    ].map((problem) => problem.replace('the pattern', String(DATE_JSON_SCHEMA.pattern))),
  );
});

for (const [name, file] of Object.entries(OPEN_DATA)) {
  test(`${file.path} and its schema are built, and the file passes the schema`, () => {
    assert.equal(site.status, 0, site.output);
    const dataPath = file.path.slice(1);
    const schemaPath = file.schemaPath.slice(1);
    assert.ok(existsSync(join(site.outDir, dataPath)), `${dataPath} is built`);
    assert.ok(existsSync(join(site.outDir, schemaPath)), `${schemaPath} is built`);
    const data = readJson(dataPath) as { $schema: string; about: string };
    const schema = readJson(schemaPath) as JsonSchema;

    assert.equal(data.$schema, addressOf(file.schemaPath), 'the file points to its schema, with the base path and SITE_URL');
    assert.equal(data.about, file.about);
    assert.equal(schema.$id, addressOf(file.schemaPath));

    // The published schema is the one generated from the zod schema, and structurally sound.
    assert.deepEqual(schema, jsonSchemaOf(file.schema, { id: addressOf(file.schemaPath), title: file.title, description: file.about }));
    assert.equal(schema.type, 'object');
    assert.deepEqual(schema.required, Object.keys(file.schema.shape), `every top-level field of ${name} is required`);

    // The same contract, two ways: the zod schema (parsing drops unknown keys, so equality also
    // means there are none) and the published JSON Schema.
    assert.deepEqual(file.schema.parse(data), data);
    assert.deepEqual(conforms(data, schema), []);
  });
}

test('documents.json lists every published document page the build wrote, and no draft', () => {
  assert.equal(site.status, 0, site.output);
  const { documents } = readJson('data/documents.json') as {
    documents: { collection: string; id: string; status: string; address: { path: string; url: string } }[];
  };
  const pages = sitemapPaths(site.outDir).filter((path) => documentPageCollection(path.slice(BASE.length - 1)));
  assert.ok(pages.length >= 5, 'the fixture has a document of each collection');
  assert.deepEqual(documents.map((doc) => doc.address.path).sort(), pages.sort());
  for (const doc of documents) {
    assert.equal(doc.address.path, `${BASE}${doc.collection}/${doc.id}/`);
    assert.equal(doc.address.url, addressOf(`/${doc.collection}/${doc.id}/`));
    assert.ok(existsSync(join(site.outDir, doc.collection, doc.id, 'index.html')), `${doc.address.path} is a built page`);
  }
  assert.ok(existsSync(join(validFixture, 'procedures/fixture-draft.mdx')), 'the fixture has a draft');
  assert.doesNotMatch(readFileSync(join(site.outDir, 'data/documents.json'), 'utf8'), /fixture-draft|Fixture draft procedure/);
});

test('thresholds.json holds every level and indicator the editors wrote', () => {
  assert.equal(site.status, 0, site.output);
  const file = readJson('data/thresholds.json') as { levels: { id: string }[]; indicators: { id: string; text: string }[] };
  const yaml = (name: string) =>
    parseYaml(readFileSync(join(validFixture, 'threshold-data', name), 'utf8')) as { id: string; text?: string }[];
  const ids = (entries: { id: string }[]) => entries.map((entry) => entry.id).sort();
  assert.deepEqual(ids(file.levels), ids(yaml('levels.yaml')));
  const indicators = new Map(yaml('indicators.yaml').map((indicator) => [indicator.id, indicator]));
  assert.deepEqual(ids(file.indicators), [...indicators.keys()].sort());
  for (const indicator of file.indicators) assert.equal(indicator.text, indicators.get(indicator.id)!.text?.trim());
});

const builtPages = (outDir: string): string[] =>
  readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => relative(outDir, entry.parentPath).split(sep).join('/'))
    .map((folder) => (folder ? `${BASE}${folder}/` : BASE));

test('the sitemap lists every page built, pages only: no data file, redirect, 404 or offline page', () => {
  assert.equal(site.status, 0, site.output);
  const listed = sitemapPaths(site.outDir);
  assert.deepEqual(
    listed.filter((path) => !path.endsWith('/')),
    [],
    'only pages, never files such as /data/documents.json',
  );
  const isRedirect = (page: string) =>
    /<meta http-equiv="refresh"/i.test(readFileSync(join(site.outDir, page.slice(BASE.length), 'index.html'), 'utf8'));
  const pages = builtPages(site.outDir).filter((page) => page !== `${BASE}offline/` && !isRedirect(page));
  assert.ok(builtPages(site.outDir).some(isRedirect), "the fixture's former address is built as a redirect");
  assert.deepEqual([...listed].sort(), pages.sort());
});

test('the offline copy does not save the open data files', () => {
  assert.equal(site.status, 0, site.output);
  const urls = precachedUrls(readFileSync(join(site.outDir, 'sw.js'), 'utf8'));
  assert.ok(urls.includes(`${BASE}index.html`), 'the precache list is read');
  assert.deepEqual(
    urls.filter((url) => url.startsWith(`${BASE}data/`)),
    [],
  );
});
