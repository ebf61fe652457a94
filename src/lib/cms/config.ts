/**
 * The Sveltia CMS configuration, generated from the content contract (src/lib/content/schema.ts)
 * rather than written by hand: every form field comes from a schema field, its hint from the
 * explanation editors read in CONTRIBUTING.md (field-help.ts), and its checks from the schema's
 * own rules. So a field added to the contract appears in the CMS, or the generator throws and
 * names it; the forms cannot drift from what `npm run check` enforces.
 *
 * Sveltia follows Decap/Netlify CMS's configuration format. Every file an editor owns is in it:
 * folders of one YAML file an entry (contacts, glossary terms, timescales, partnerships, groups)
 * are folder collections, whose entries other fields pick by file name; the threshold levels and
 * indicators are ordered lists, each edited as one list.
 *
 * Pure: scripts/build-cms.ts reads the environment (cmsOptionsFromEnv) and writes the file.
 */
import type { z } from 'zod';
import { fieldDescriptions } from '../content/field-help.ts';
import { dataSchemas, documentSchemas } from '../content/schema.ts';
import { BRIEFING_SECTIONS, COLLECTION_LABELS, DOCUMENT_COLLECTIONS, type DocumentCollection } from '../content/vocabulary.ts';

/* ------------------------------------------------------------------ the configuration's shape */

interface BaseField {
  name: string;
  label: string;
  hint?: string;
  required: boolean;
  default?: unknown;
}
export interface StringField extends BaseField {
  widget: 'string' | 'text' | 'markdown';
  /** A regular expression written `/source/`, and the message when a value does not match (see patternText). */
  pattern?: [string, string];
  minlength?: number;
  maxlength?: number;
}
export interface NumberField extends BaseField {
  widget: 'number';
  value_type: 'int' | 'float';
  min?: number;
  max?: number;
}
export interface BooleanField extends BaseField {
  widget: 'boolean';
}
export interface DateField extends BaseField {
  widget: 'datetime';
  format: 'YYYY-MM-DD';
  date_format: 'YYYY-MM-DD';
  time_format: false;
}
export interface SelectField extends BaseField {
  widget: 'select';
  options: string[] | { label: string; value: string }[];
  multiple?: boolean;
}
export interface RelationField extends BaseField {
  widget: 'relation';
  collection: string;
  value_field: string;
  search_fields: string[];
  display_fields: string[];
  multiple?: boolean;
  min?: number;
}
export interface ListField extends BaseField {
  widget: 'list';
  /** A list of groups of fields; without it (or `field`), a list of plain strings. */
  fields?: CmsField[];
  /** One text field for each item, where each item has a rule of its own. */
  field?: StringField;
  min?: number;
  summary?: string;
  /** New items go at the top of the list. */
  add_to_top?: boolean;
  /** The list is the whole file (a YAML file that is a list), not one field of it. */
  root?: boolean;
}
export interface ObjectField extends BaseField {
  widget: 'object';
  fields: CmsField[];
}
export type CmsField = StringField | NumberField | BooleanField | DateField | SelectField | RelationField | ListField | ObjectField;

export interface FolderCollection {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  extension: 'mdx' | 'yaml';
  format: 'frontmatter' | 'yaml';
  create: boolean;
  /** Deleting is left to a pull request by hand: other files name these entries. */
  delete: false;
  slug: string;
  identifier_field: string;
  summary: string;
  fields: CmsField[];
}
export interface FileCollection {
  name: string;
  label: string;
  files: { name: string; label: string; file: string; format: 'yaml'; fields: CmsField[] }[];
  /** Files other content depends on stay; a pull request by hand deletes one. */
  delete?: false;
}
export type CmsCollection = FolderCollection | FileCollection;

export interface CmsConfig {
  backend: { name: 'github'; repo: string; branch: string; base_url?: string; open_authoring: false };
  publish_mode?: 'editorial_workflow';
  site_url?: string;
  display_url?: string;
  media_folder: string;
  output: { omit_empty_optional_fields: true };
  collections: CmsCollection[];
}

export interface CmsOptions {
  /** The GitHub repository, `owner/name`. Required unless `local`. */
  repo?: string;
  /** The branch pull requests target; `main` by default. */
  branch?: string;
  /** The public site, linked from the CMS. */
  siteUrl?: string;
  /** The token exchange's base URL (`backend.base_url`), such as a sveltia-cms-auth worker. */
  authUrl?: string;
  /** For `npm run cms`: the editor works on a local clone, and saves go straight to its files. */
  local?: boolean;
  /**
   * The documents a `related` list can name, read from the content when the CMS is built: a
   * relation field reads one collection, and `related` spans five. Without them, `related` is a
   * list of text (the checker still refuses a document that does not exist).
   */
  documents?: readonly DocumentChoice[];
}

/** A document a `related` list can name: `procedures/neglect`, shown by its title. */
export interface DocumentChoice {
  collection: DocumentCollection;
  id: string;
  title: string;
}

/* ------------------------------------------------------------------ labels and references */

/** Human words from a field name: "nextReviewDue" -> "Next review due". */
export function fieldLabel(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Fields whose value is the id of an entry elsewhere: the schema only says "an id", so the
 * meaning is written here, and the form offers the entries to pick from. A relation needs one
 * folder collection to look in; a document's `related` spans five, so it is a choice of the
 * documents read when the CMS is built instead (relatedChoices).
 */
const RELATIONS: Record<string, { collection: FolderName; display: string }> = {
  owner: { collection: 'subgroups', display: 'name' },
  appliesTo: { collection: 'partnerships', display: 'shortName' },
  partnership: { collection: 'partnerships', display: 'shortName' },
  serves: { collection: 'partnerships', display: 'shortName' },
  reportsTo: { collection: 'subgroups', display: 'name' },
  contacts: { collection: 'contacts', display: 'service' },
  timescales: { collection: 'timescales', display: 'step' },
  procedures: { collection: 'procedures', display: 'title' },
};

/** What a new document starts with when the schema's own default is not what an editor wants. */
const NEW_DOCUMENT_DEFAULTS: Record<string, unknown> = {
  version: '1.0',
  lastReviewed: '{{now}}',
};

/* ------------------------------------------------------------------ walking the zod schemas */

/** zod 4's internal definition of a schema, as far as the generator reads it. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  shape?: Record<string, z.ZodType>;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  error?: (issue: object) => unknown;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (schema: z.ZodType) => (defOf(schema).checks ?? []).map((check) => check._zod.def);
const messageOf = (check: CheckDef, fallback: string) => {
  const message = check.error?.({});
  return typeof message === 'string' ? message : fallback;
};

/** The generator met a schema it has no form field for: add a mapping here, or change the schema. */
export class UnsupportedFieldError extends Error {}

/** A schema with its `optional`/`default` wrappers removed, and the default they give. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; defaultValue: unknown } {
  let inner = schema;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'default') defaultValue ??= def.defaultValue;
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) inner = def.innerType;
    else return { inner, defaultValue };
  }
}

/** A date written YYYY-MM-DD: isoDateSchema, a union of text and a YAML date, then checked. */
function isDateSchema(schema: z.ZodType): boolean {
  const def = defOf(schema);
  const input = def.type === 'pipe' && def.in ? defOf(def.in) : undefined;
  return input?.type === 'union' && (input.options ?? []).some((option) => defOf(option).type === 'date');
}

/**
 * A pattern as Sveltia reads it: it takes a text pattern as `/source/flags`, the slashes optional,
 * so a bare source that ends in an escaped slash (`^https:\/\/`) loses its last character and is
 * ignored as invalid. Written between slashes, every source reads back whole.
 */
export const patternText = (pattern: RegExp) => `/${pattern.source}/`;

function stringRules(schema: z.ZodType): Pick<StringField, 'pattern' | 'minlength' | 'maxlength'> {
  const rules: Pick<StringField, 'pattern' | 'minlength' | 'maxlength'> = {};
  if (defOf(schema).format === 'url') rules.pattern = [patternText(/^https:\/\//), 'must be a full web address starting https://'];
  for (const check of checksOf(schema)) {
    if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
      rules.pattern = [patternText(check.pattern), messageOf(check, `must match ${check.pattern.source}`)];
    } else if (check.check === 'max_length' && check.maximum !== undefined) {
      rules.maxlength = check.maximum;
    } else if (check.check === 'min_length' && check.minimum !== undefined && check.minimum > 1) {
      // A minimum of one is the required flag, which the form shows already.
      rules.minlength = check.minimum;
    }
  }
  return rules;
}

const minimumItems = (schema: z.ZodType) => checksOf(schema).find((check) => check.check === 'min_length')?.minimum;

interface FieldContext {
  name: string;
  label: string;
  hint: string | undefined;
  required: boolean;
  defaultValue: unknown;
  /** The field's path, for error messages: `procedures.sources.url`. */
  path: string;
}

/** The form field for one schema field. Throws for a type it has no field for. */
function formField(schema: z.ZodType, context: FieldContext): CmsField {
  const { inner } = unwrap(schema);
  const def = defOf(inner);
  const base: BaseField = { name: context.name, label: context.label, required: context.required };
  if (context.hint) base.hint = context.hint;
  if (context.defaultValue !== undefined && !(Array.isArray(context.defaultValue) && context.defaultValue.length === 0)) {
    base.default = context.defaultValue;
  }
  const relation = RELATIONS[context.name];

  if (isDateSchema(inner)) {
    return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
  }
  switch (def.type) {
    case 'string':
      if (relation) return relationField(base, relation, false);
      return { ...base, widget: 'string', ...stringRules(inner) };
    case 'number': {
      const field: NumberField = { ...base, widget: 'number', value_type: 'float' };
      for (const check of checksOf(inner)) {
        if (check.check === 'number_format' && check.format?.includes('int')) field.value_type = 'int';
        if (check.check === 'greater_than') field.min = check.value;
        if (check.check === 'less_than') field.max = check.value;
      }
      return field;
    }
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries ?? {}).map(String) };
    case 'object':
      return { ...base, widget: 'object', fields: objectFields(inner, context.path) };
    case 'array': {
      const element = unwrap(def.element!).inner;
      const elementDef = defOf(element);
      const min = minimumItems(inner);
      if (relation) return relationField(base, relation, true, min);
      if (elementDef.type === 'enum') {
        return { ...base, widget: 'select', multiple: true, options: Object.values(elementDef.entries ?? {}).map(String) };
      }
      const list: ListField = { ...base, widget: 'list' };
      if (min !== undefined) list.min = min;
      // Amendments are listed newest first, so a new one goes at the top.
      if (context.name === 'amendments') list.add_to_top = true;
      if (elementDef.type === 'object') {
        list.fields = objectFields(element, context.path);
        list.summary = `{{fields.${list.fields[0]!.name}}}`;
      } else if (elementDef.type === 'string') {
        const rules = stringRules(element);
        if (rules.pattern) list.field = { name: 'item', label: fieldLabel(context.name), widget: 'string', required: true, ...rules };
      } else {
        throw new UnsupportedFieldError(
          `${context.path}: the CMS has no form field for a list of ${elementDef.type}: add one in src/lib/cms/config.ts`,
        );
      }
      return list;
    }
    default:
      throw new UnsupportedFieldError(`${context.path}: the CMS has no form field for a ${def.type}: add one in src/lib/cms/config.ts`);
  }
}

function relationField(base: BaseField, relation: (typeof RELATIONS)[string], multiple: boolean, min?: number): RelationField {
  const field: RelationField = {
    ...base,
    widget: 'relation',
    collection: relation.collection,
    value_field: '{{slug}}',
    search_fields: [relation.display],
    display_fields: [relation.display],
  };
  if (multiple) field.multiple = true;
  if (min !== undefined) field.min = min;
  return field;
}

/** The form fields of an object schema, in its order, each with its label, hint and required flag. */
function objectFields(schema: z.ZodType, path: string, defaults: Record<string, unknown> = {}): CmsField[] {
  const shape = defOf(schema).shape;
  if (!shape) throw new UnsupportedFieldError(`${path}: expected a group of fields`);
  return fieldDescriptions(shape).map(({ name, required, description }) => {
    const field = shape[name]!;
    return formField(field, {
      name,
      label: fieldLabel(name),
      hint: description,
      required,
      // Only a required field gets a default. Sveltia also writes a default into an existing file
      // that leaves the field out, so a default on an optional field (status: draft) would change
      // documents the editor did not mean to change: saving a live procedure would unpublish it.
      defaultValue: required ? (name in defaults ? defaults[name] : unwrap(field).defaultValue) : undefined,
      path: `${path}.${name}`,
    });
  });
}

/** The form fields of any zod object schema: exported so a test can show what an unknown type does. */
export const formFieldsOf = (schema: z.ZodType, path = 'schema') => objectFields(schema, path);

/* ------------------------------------------------------------------ collections */

/** The text a new document starts with: a briefing's seven sections, which the checker requires. */
function bodyTemplate(collection: DocumentCollection): string | undefined {
  if (collection !== 'briefings') return undefined;
  return BRIEFING_SECTIONS.map((heading) => `## ${heading}\n\nTODO: write the "${heading}" section.\n`).join('\n');
}

/**
 * `related` as a choice of the documents that exist, each shown by its title and type, stored
 * as `collection/id`. A document added since the CMS was built is not offered until it is built
 * again (deployments rebuild it from main); one already named is kept (see docs/editing.md).
 */
function relatedChoices(field: CmsField, documents: readonly DocumentChoice[]): SelectField {
  const { name, label, required } = field;
  const hint = 'Other documents a reader may need next: type part of a title to find one.';
  const options = documents
    .map((doc) => ({
      label: `${doc.title} (${COLLECTION_LABELS[doc.collection].singular.toLowerCase()})`,
      value: `${doc.collection}/${doc.id}`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  return { name, label, hint, required, widget: 'select', multiple: true, options };
}

function documentCollection(collection: DocumentCollection, documents?: readonly DocumentChoice[]): FolderCollection {
  const fields = objectFields(documentSchemas[collection], collection, NEW_DOCUMENT_DEFAULTS).map((field) =>
    field.name === 'related' && documents ? relatedChoices(field, documents) : field,
  );
  const body: StringField = {
    name: 'body',
    label: 'Text',
    widget: 'markdown',
    required: true,
    hint: 'The document itself. Headings start at level 2 (`## What to do`).',
  };
  const template = bodyTemplate(collection);
  if (template) body.default = template;
  return {
    name: collection,
    label: COLLECTION_LABELS[collection].plural,
    label_singular: COLLECTION_LABELS[collection].singular,
    folder: `content/${collection}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    delete: false,
    slug: '{{title}}',
    identifier_field: 'title',
    summary: '{{title}}',
    fields: [...fields, body],
  };
}

/** The collections whose entries are files of their own, which relations can pick from. */
type FolderName = DocumentCollection | (typeof DATA_FOLDERS)[number]['name'];

/**
 * The folders of one YAML file an entry. The file name is the entry's id, made from the field
 * named here when the entry is created (a new contact's from its service's name); other files
 * name the entry by it, so renaming one is a pull request by hand.
 */
const DATA_FOLDERS = [
  { name: 'contacts', labels: ['Contacts', 'Contact'], title: 'service', summary: '{{service}} ({{area}})' },
  { name: 'glossary', labels: ['Glossary', 'Glossary term'], title: 'term', summary: '{{term}}' },
  { name: 'timescales', labels: ['Timescales', 'Timescale'], title: 'step', summary: '{{step}}' },
  { name: 'partnerships', labels: ['Partnerships', 'Partnership'], title: 'name', summary: '{{name}}' },
  { name: 'subgroups', labels: ['Groups', 'Group'], title: 'name', summary: '{{name}}' },
] as const;

function dataCollection({ name, labels, title, summary }: (typeof DATA_FOLDERS)[number]): FolderCollection {
  return {
    name,
    label: labels[0],
    label_singular: labels[1],
    folder: `content/${name}`,
    extension: 'yaml',
    format: 'yaml',
    create: true,
    delete: false,
    slug: `{{${title}}}`,
    identifier_field: title,
    summary,
    fields: objectFields(dataSchemas[name], name),
  };
}

/**
 * A YAML file that is one ordered list (the threshold levels and indicators): one list field
 * for the whole file, its items named in the collapsed list by `summary`.
 */
function listFile(name: string, label: string, file: string, schema: z.ZodType, summary: string): FileCollection['files'][number] {
  const list: ListField = { name, label, widget: 'list', required: true, root: true, fields: objectFields(schema, name), summary };
  return { name, label, file, format: 'yaml', fields: [list] };
}

/** The options the CMS build reads from the environment: CMS_REPO, CMS_BRANCH, CMS_AUTH_URL, SITE_URL. */
export function cmsOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): CmsOptions {
  const value = (name: string) => env[name]?.trim() || undefined;
  const options: CmsOptions = {};
  const repo = value('CMS_REPO');
  const branch = value('CMS_BRANCH');
  const authUrl = value('CMS_AUTH_URL');
  const siteUrl = value('SITE_URL');
  if (repo) options.repo = repo;
  if (branch) options.branch = branch;
  if (authUrl) options.authUrl = authUrl;
  if (siteUrl) options.siteUrl = siteUrl;
  return options;
}

/** A repository the local folder mode never contacts; Sveltia still wants one named. */
const LOCAL_REPO = 'local/working-copy';

export function cmsConfig(options: CmsOptions): CmsConfig {
  const repo = options.repo ?? (options.local ? LOCAL_REPO : undefined);
  if (!repo) throw new Error('the CMS needs its repository: set CMS_REPO to owner/name, such as "llr-safeguarding/procedures"');
  if (!/^[^/\s]+\/[^/\s]+$/.test(repo)) throw new Error(`CMS_REPO "${repo}" must be owner/name, such as "llr-safeguarding/procedures"`);
  const backend: CmsConfig['backend'] = { name: 'github', repo, branch: options.branch ?? 'main', open_authoring: false };
  if (options.authUrl) backend.base_url = options.authUrl;
  const config: CmsConfig = {
    backend,
    // Content has no images; Sveltia still expects a media folder to be named.
    media_folder: 'public/media',
    output: { omit_empty_optional_fields: true },
    collections: [
      ...DOCUMENT_COLLECTIONS.map((collection) => documentCollection(collection, options.documents)),
      ...DATA_FOLDERS.map(dataCollection),
      {
        name: 'threshold-data',
        label: 'Threshold data',
        delete: false,
        files: [
          listFile(
            'levels',
            'Levels of need',
            'content/threshold-data/levels.yaml',
            dataSchemas.thresholdLevels,
            'Level {{fields.level}}: {{fields.name}}',
          ),
          listFile(
            'indicators',
            'Indicators',
            'content/threshold-data/indicators.yaml',
            dataSchemas.thresholdIndicators,
            'Level {{fields.level}}, {{fields.area}}: {{fields.text}}',
          ),
        ],
      },
      {
        name: 'settings',
        label: 'Site settings',
        files: [
          {
            name: 'site',
            label: 'Site identity',
            file: 'content/site.yaml',
            format: 'yaml',
            fields: objectFields(dataSchemas.site, 'site'),
          },
        ],
      },
    ],
  };
  // Every change becomes a pull request that CI checks and a reviewer merges; the local folder
  // mode has no pull requests, its saves go straight to the clone's files.
  if (!options.local) config.publish_mode = 'editorial_workflow';
  if (options.siteUrl) {
    config.site_url = options.siteUrl;
    config.display_url = options.siteUrl;
  }
  return config;
}
