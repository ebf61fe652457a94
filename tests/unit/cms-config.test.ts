import assert from 'node:assert/strict';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { stringify } from 'yaml';
import { z } from 'zod';
import {
  cmsConfig,
  cmsOptionsFromEnv,
  fieldLabel,
  formFieldsOf,
  UnsupportedFieldError,
  type CmsField,
  type FolderCollection,
} from '../../src/lib/cms/config.ts';
import { fieldDescriptions } from '../../src/lib/content/field-help.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { dataSchemas, documentSchemas } from '../../src/lib/content/schema.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { DOCUMENT_COLLECTIONS, type DocumentCollection } from '../../src/lib/content/vocabulary.ts';
import { addMonths, dateToIso } from '../../src/lib/dates.ts';
import { copyFixture, repoRoot } from '../helpers/fixture.ts';

const config = cmsConfig({ repo: 'example-org/procedures' });

/**
 * A text pattern as Sveltia CMS 0.221.1 reads it (its bundle's parse of the `pattern` option):
 * `/source/flags` with the slashes optional, and null where it would ignore the pattern as invalid.
 */
function sveltiaPattern(text: string): RegExp {
  const { source, flags } = /^\/?(?<source>.+?)(?:\/(?<flags>[dgimsuy]*))?$/.exec(text)?.groups ?? {};
  return new RegExp(source!, flags);
}

/** Every form field in the configuration, nested ones included. */
const allFields = (fields: readonly CmsField[]): CmsField[] =>
  fields.flatMap((field) => [
    field,
    ...allFields('fields' in field && field.fields ? field.fields : 'field' in field && field.field ? [field.field] : []),
  ]);

test('every pattern reads back, as Sveltia parses it, as the regular expression the schema checks', () => {
  const fields = config.collections.flatMap((c) => allFields('folder' in c ? c.fields : c.files.flatMap((f) => f.fields)));
  const patterns = fields.flatMap((field) => ('pattern' in field && field.pattern ? [field.pattern[0]] : []));
  assert.ok(patterns.length >= 5, `${patterns.length} patterns`);
  for (const pattern of patterns) assert.equal(`/${sveltiaPattern(pattern).source}/`, pattern);
  assert.ok(patterns.includes('/^https:\\/\\//'), 'a web address must start https://');
});

function folderCollection(name: string): FolderCollection {
  const collection = config.collections.find((c) => c.name === name);
  assert.ok(collection && 'folder' in collection, `the CMS has no folder collection "${name}"`);
  return collection;
}

/** The options zod accepts for an enum field, whatever wraps it. */
function enumOptions(schema: z.ZodType): string[] | undefined {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else break;
  }
  return current instanceof z.ZodEnum ? current.options.map(String) : undefined;
}

test('every document collection is a folder of MDX files with frontmatter, and its text', () => {
  for (const collection of DOCUMENT_COLLECTIONS) {
    const cms = folderCollection(collection);
    assert.equal(cms.folder, `content/${collection}`);
    assert.equal(cms.extension, 'mdx');
    assert.equal(cms.format, 'frontmatter');
    assert.equal(cms.fields.at(-1)?.name, 'body');
    assert.equal(cms.fields.at(-1)?.widget, 'markdown');
  }
});

test('every field of every document schema is in its form, with its label, hint, required flag and options', () => {
  for (const collection of DOCUMENT_COLLECTIONS) {
    const schema = documentSchemas[collection];
    const fields = new Map(folderCollection(collection).fields.map((field) => [field.name, field]));
    for (const { name, required, description } of fieldDescriptions(schema)) {
      const field = fields.get(name);
      assert.ok(field, `${collection}.${name} is not in the CMS`);
      assert.equal(field.label, fieldLabel(name));
      assert.equal(field.required, required, `${collection}.${name} required`);
      if (description) assert.ok(field.hint?.startsWith(description), `${collection}.${name} hint`);
      const options = enumOptions(schema.shape[name as keyof typeof schema.shape] as z.ZodType);
      if (options) assert.deepEqual(field.widget === 'select' && field.options, options, `${collection}.${name} options`);
    }
    // Nothing in the form the schema does not have, but the text.
    assert.deepEqual(
      [...fields.keys()].filter((name) => name !== 'body'),
      fieldDescriptions(schema).map((field) => field.name),
    );
  }
});

test('every field of every data schema is in its form, in the schema order, with its hint', () => {
  const listFields = (name: string) => {
    const collection = config.collections.find((c) => c.name === 'threshold-data');
    assert.ok(collection && 'files' in collection);
    const list = collection.files.find((f) => f.name === name)?.fields[0];
    assert.ok(list?.widget === 'list' && list.fields, name);
    return list.fields;
  };
  const settings = config.collections.find((c) => c.name === 'settings');
  assert.ok(settings && 'files' in settings);
  const forms: [string, z.ZodObject, CmsField[]][] = [
    ['contacts', dataSchemas.contacts, folderCollection('contacts').fields],
    ['glossary', dataSchemas.glossary, folderCollection('glossary').fields],
    ['timescales', dataSchemas.timescales, folderCollection('timescales').fields],
    ['partnerships', dataSchemas.partnerships, folderCollection('partnerships').fields],
    ['subgroups', dataSchemas.subgroups, folderCollection('subgroups').fields],
    ['site', dataSchemas.site as unknown as z.ZodObject, settings.files[0]!.fields],
    ['levels', dataSchemas.thresholdLevels, listFields('levels')],
    ['indicators', dataSchemas.thresholdIndicators, listFields('indicators')],
  ];
  for (const [name, schema, fields] of forms) {
    const described = fieldDescriptions(schema);
    assert.deepEqual(
      fields.map((field) => field.name),
      described.map((field) => field.name),
      `${name}: the form's fields`,
    );
    for (const { name: field, description } of described) {
      if (description) assert.ok(fields.find((f) => f.name === field)?.hint?.startsWith(description), `${name}.${field} hint`);
    }
  }
  // Editors of the register of numbers read the rules where they type.
  assert.match(folderCollection('contacts').fields.find((f) => f.name === 'phone')?.hint ?? '', /never a person's direct line/);
});

test('labels are words, not field names', () => {
  assert.equal(fieldLabel('nextReviewDue'), 'Next review due');
  assert.equal(fieldLabel('title'), 'Title');
  assert.equal(fieldLabel('appliesTo'), 'Applies to');
});

test('fields get the widget their meaning calls for', () => {
  const fields = new Map(folderCollection('reports').fields.map((field) => [field.name, field]));
  assert.deepEqual(pick(fields.get('lastReviewed'), ['widget', 'format', 'time_format']), {
    widget: 'datetime',
    format: 'YYYY-MM-DD',
    time_format: false,
  });
  assert.deepEqual(pick(fields.get('owner'), ['widget', 'collection', 'multiple']), {
    widget: 'relation',
    collection: 'subgroups',
    multiple: undefined,
  });
  assert.deepEqual(pick(fields.get('appliesTo'), ['widget', 'collection', 'multiple']), {
    widget: 'relation',
    collection: 'partnerships',
    multiple: true,
  });
  assert.deepEqual(pick(fields.get('partnership'), ['widget', 'collection']), { widget: 'relation', collection: 'partnerships' });
  // Sveltia writes a default into any file that leaves the field out: an optional field has none,
  // so saving a live document never changes its status or audience behind the editor's back.
  assert.equal(fields.get('status')?.default, undefined);
  assert.equal(fields.get('audience')?.default, undefined);
  assert.equal(fields.get('version')?.default, '1.0', 'a required field still starts filled in');
  const amendments = fields.get('amendments');
  assert.ok(amendments?.widget === 'list' && amendments.add_to_top, 'a new amendment goes at the top, as the checker expects');
  const period = fields.get('period');
  assert.ok(period?.widget === 'string' && period.pattern && sveltiaPattern(period.pattern[0]).test('2021/22'));
  const sources = fields.get('sources');
  assert.ok(sources?.widget === 'list' && sources.fields?.map((f) => f.name).join() === 'title,url');
});

test('an enum list becomes a multiple select, and a type with no form field makes the generator throw', () => {
  const [list] = formFieldsOf(z.object({ levels: z.array(z.enum(['a', 'b'])).default([]) }));
  assert.deepEqual(pick(list, ['widget', 'multiple', 'options']), { widget: 'select', multiple: true, options: ['a', 'b'] });
  assert.throws(() => formFieldsOf(z.object({ counts: z.record(z.string(), z.number()) }), 'new'), UnsupportedFieldError);
  assert.throws(() => formFieldsOf(z.object({ when: z.bigint() }), 'new'), /new\.when: the CMS has no form field for a bigint/);
});

test('every content file an editor owns is offered in the CMS, in a folder collection or as a file', () => {
  const tree = readContent(repoRoot);
  const folders = new Set(config.collections.flatMap((c) => ('folder' in c ? [c.folder] : [])));
  const files = new Set(config.collections.flatMap((c) => ('files' in c ? c.files.map((f) => f.file) : [])));
  const contentFiles = [
    ...tree.documents.map((doc) => doc.file),
    ...Object.values(tree.data)
      .flatMap((data) => (data === undefined ? [] : Array.isArray(data) ? data : [data]))
      .map((source) => source.file),
  ];
  assert.ok(contentFiles.length > 400, `${contentFiles.length} files`);
  const unedited = contentFiles.filter((file) => !files.has(file) && !folders.has(file.slice(0, file.lastIndexOf('/'))));
  assert.deepEqual(unedited, []);
});

test('a list file is edited as one ordered list, and ids elsewhere are picked from the entries they name', () => {
  const thresholdData = config.collections.find((c) => c.name === 'threshold-data');
  assert.ok(thresholdData && 'files' in thresholdData);
  for (const file of thresholdData.files) {
    const [list, ...others] = file.fields;
    assert.equal(others.length, 0, 'a root list must be the only field of its file');
    assert.ok(list?.widget === 'list' && list.root === true && list.fields?.[0]?.name === 'id', file.file);
  }
  const relation = (collection: string, field: string) => {
    const c = config.collections.find((x) => x.name === collection);
    const fields =
      c && 'folder' in c
        ? c.fields
        : c && 'files' in c
          ? c.files.flatMap((f) => f.fields.flatMap((x) => (x.widget === 'list' ? (x.fields ?? []) : [x])))
          : [];
    const found = fields.find((f) => f.name === field);
    return found?.widget === 'relation' ? [found.collection, found.value_field, found.multiple ?? false] : found?.widget;
  };
  assert.deepEqual(relation('procedures', 'contacts'), ['contacts', '{{slug}}', true]);
  assert.deepEqual(relation('threshold-data', 'contacts'), ['contacts', '{{slug}}', true]);
  assert.deepEqual(relation('threshold-data', 'procedures'), ['procedures', '{{slug}}', true]);
  assert.deepEqual(relation('glossary', 'timescales'), ['timescales', '{{slug}}', true]);
  assert.equal(relation('procedures', 'related'), 'list', 'without the documents, related is a list of text');
});

test('given the documents, related is a choice of them by title, stored as collection/id', () => {
  const withDocuments = cmsConfig({
    repo: 'example-org/procedures',
    documents: [
      { collection: 'procedures', id: 'neglect', title: 'Neglect' },
      { collection: 'briefings', id: 'invisible-men', title: 'Invisible men' },
    ],
  });
  const procedures = withDocuments.collections.find((c) => c.name === 'procedures');
  assert.ok(procedures && 'folder' in procedures);
  const related = procedures.fields.find((f) => f.name === 'related');
  assert.ok(related?.widget === 'select' && related.multiple);
  assert.deepEqual(related.options, [
    { label: 'Invisible men (7-minute briefing)', value: 'briefings/invisible-men' },
    { label: 'Neglect (procedure)', value: 'procedures/neglect' },
  ]);
});

test('the backend opens pull requests on the repository, and needs one named', () => {
  assert.equal(config.publish_mode, 'editorial_workflow');
  assert.deepEqual(config.backend, { name: 'github', repo: 'example-org/procedures', branch: 'main', open_authoring: false });
  assert.deepEqual(config.output, { omit_empty_optional_fields: true });
  assert.equal(
    cmsConfig(cmsOptionsFromEnv({ CMS_REPO: 'a/b', CMS_BRANCH: 'live', CMS_AUTH_URL: 'https://auth.example.org' })).backend.base_url,
    'https://auth.example.org',
  );
  assert.equal(cmsConfig(cmsOptionsFromEnv({ CMS_REPO: 'a/b', CMS_BRANCH: 'live' })).backend.branch, 'live');
  assert.throws(() => cmsConfig({}), /CMS_REPO/);
  assert.throws(() => cmsConfig({ repo: 'just-a-name' }), /owner\/name/);
  assert.equal(cmsConfig({ local: true }).publish_mode, undefined);
});

/* ------------------------------------------------------------------ a saved entry passes the checker */

const today = dateToIso(new Date());
const root = copyFixture();
const idsIn = (folder: string) => readdirSync(join(root, folder)).map((name) => name.replace(/\.yaml$/, ''));

/** A field's first example in its hint: "such as `Strategy discussions`". */
const hintExample = (hint: string | undefined) => hint?.match(/`"?([^`"]+)"?`/)?.[1];

/** What an editor who accepts every default and follows every hint's example would save. */
function exampleValue(field: CmsField): unknown {
  if (field.default === '{{now}}') return today;
  if (field.default !== undefined) return field.default;
  if (!field.required && field.widget !== 'list') return undefined;
  switch (field.widget) {
    case 'datetime':
      return addMonths(today, 12);
    case 'relation': {
      const first = idsIn(field.collection)[0];
      return field.multiple ? [first] : first;
    }
    case 'select':
      return field.multiple ? [field.options[0]] : field.options[0];
    case 'list': {
      if ((field.min ?? 0) === 0) return [];
      return [field.fields ? exampleObject(field.fields) : (hintExample(field.hint) ?? `Example ${field.label.toLowerCase()}`)];
    }
    case 'object':
      return exampleObject(field.fields);
    case 'number':
      return field.min ?? 1;
    case 'boolean':
      return false;
    default: {
      const example = hintExample(field.hint);
      if ('pattern' in field && field.pattern) {
        assert.ok(
          example && sveltiaPattern(field.pattern[0]).test(example),
          `${field.name} needs an example in its hint that meets its pattern`,
        );
      }
      return example ?? `Example ${field.label.toLowerCase()}`;
    }
  }
}

function exampleObject(fields: CmsField[]): Record<string, unknown> {
  const entries = fields.map((field) => [field.name, exampleValue(field)] as const);
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

function exampleEntry(collection: FolderCollection): string {
  const body = collection.fields.find((field) => field.name === 'body');
  // Started from the form's template (a briefing's "TODO:" sections), a document is saved as a
  // draft until its text is written: the form offers the status, with no default (see above).
  const frontmatter = { ...exampleObject(collection.fields.filter((field) => field.name !== 'body')), status: 'draft' };
  const text = typeof body?.default === 'string' ? body.default : '## Scope\n\nWho this covers.\n';
  return `---\n${stringify(frontmatter)}---\n\n${text}`;
}

test('a document saved with each field at its default or example value passes the checker', (t) => {
  t.after(() => rmSync(root, { recursive: true, force: true }));
  for (const collection of DOCUMENT_COLLECTIONS as readonly DocumentCollection[]) {
    const file = join(root, collection, 'cms-example.mdx');
    writeFileSync(file, exampleEntry(folderCollection(collection)));
    const errors = validateContent(readContent(repoRoot, root), { today }).problems.filter(
      (problem) => problem.file.endsWith(`${collection}/cms-example.mdx`) && problem.severity === 'error',
    );
    assert.deepEqual(errors, [], `${collection}: ${errors.map((e) => `${e.field ?? ''} ${e.message}`).join('; ')}`);
    rmSync(file);
  }
});

function pick(value: object | undefined, keys: string[]): Record<string, unknown> {
  const record = (value ?? {}) as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}
