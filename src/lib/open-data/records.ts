/**
 * The open data files: every published document's metadata, and the threshold levels and
 * indicators, as JSON for other programs (partner agencies' intranets, audits, dashboards).
 *
 * Each file's shape is a zod schema built from the content contract's own field schemas
 * (src/lib/content/schema.ts), so a rule about a title or a version means the same here as in
 * the content; the published JSON Schemas are generated from these (json-schema.ts). Drafts
 * are never included, not even in a preview build: open data is what the partnerships publish.
 */
import { z } from 'zod';
import {
  amendmentSchema,
  documentFields,
  idSchema,
  partnershipSchema,
  subgroupSchema,
  thresholdIndicatorSchema,
  thresholdLevelSchema,
  type ThresholdIndicator,
  type ThresholdLevel,
  type DocumentData,
} from '../content/schema.ts';
import {
  CONSENT_EXCEPTION_TEXT,
  CONSENT_EXCEPTIONS,
  DOCUMENT_COLLECTIONS,
  DOMAIN_NAMES,
  DOMAINS,
  type DocumentCollection,
} from '../content/vocabulary.ts';
import { addressOf } from '../site/address.ts';
import { DATE_JSON_SCHEMA } from './json-schema.ts';

// The content's dates are a transform (a YAML date or a string in, a checked "YYYY-MM-DD"
// string out), which JSON Schema cannot express; .meta() states what they produce.
const date = (description: string) => documentFields.lastReviewed.meta({ description, ...DATE_JSON_SCHEMA });

/** The head of every file: where its schema is, and what the file is. */
const fileHead = {
  $schema: z.string().min(1).describe('The address of the JSON Schema this file follows.'),
  about: z.string().min(1).describe('What this file holds, in a sentence.'),
};

export const documentRecordSchema = z.object({
  collection: z.enum(DOCUMENT_COLLECTIONS).describe('The kind of document: arrangements, thresholds, procedures, briefings or reports.'),
  id: idSchema.describe("The document's id, unique within its collection; also the last part of its address."),
  title: documentFields.title.describe("The document's title."),
  summary: documentFields.summary.describe('What the document is for, in one or two sentences.'),
  owner: z
    .object({ id: documentFields.owner, name: subgroupSchema.shape.name })
    .describe('The group that owns the document and reviews it.'),
  areas: z
    .array(z.object({ id: idSchema, name: partnershipSchema.shape.name, shortName: partnershipSchema.shape.shortName }))
    .min(1)
    .describe('The partnerships (and so the areas) the document applies to.'),
  version: documentFields.version.describe('The document\'s version number, such as "2.1".'),
  lastReviewed: date('When the owner last checked the whole document.'),
  nextReviewDue: date('When the owner must next check it.'),
  status: documentFields.status
    .unwrap()
    .exclude(['draft'])
    .describe('published: in force; archived: kept for the record, no longer in force. Drafts are never included.'),
  address: z
    .object({
      path: z.string().regex(/^\//).describe('The page\'s address on the site, base path included, such as "/procedures/neglect/".'),
      url: z.url().optional().describe("The page's full address; present when the build knows the site's public address."),
    })
    .describe('Where to read the document.'),
  amendments: z.array(amendmentSchema.extend({ date: date('When the change was made.') })).describe('What changed, newest first.'),
});
export type DocumentRecord = z.output<typeof documentRecordSchema>;

export const documentsFileSchema = z.object({
  ...fileHead,
  documents: z
    .array(documentRecordSchema)
    .describe('Every published document, in the order the site presents its collections, then by id.'),
});
export type DocumentsFile = z.output<typeof documentsFileSchema>;

export const thresholdsFileSchema = z.object({
  ...fileHead,
  levels: z.array(thresholdLevelSchema).describe('The four levels of need, 1 (universal) to 4 (specialist and statutory).'),
  indicators: z
    .array(thresholdIndicatorSchema)
    .describe(
      'Indicators of each level, by domain of the Assessment Framework, in level, domain and id order; "procedures" are ids of documents in the procedures collection.',
    ),
  domains: z.array(z.object({ id: z.enum(DOMAINS), name: z.string().min(1) })).describe("The names of the indicators' domains."),
  consentExceptions: z
    .array(z.object({ id: z.enum(CONSENT_EXCEPTIONS), text: z.string().min(1) }))
    .describe("What each id in a level's consentExceptions means: refer or share without seeking consent when seeking it {text}."),
});
export type ThresholdsFile = z.output<typeof thresholdsFileSchema>;

/**
 * The files, each with its schema beside it: site paths without the base path. `about` is the
 * file's own `about` line and its schema's description.
 */
export const OPEN_DATA = {
  documents: {
    path: '/data/documents.json',
    schemaPath: '/data/documents.schema.json',
    schema: documentsFileSchema,
    title: 'Published safeguarding children documents',
    about:
      'Metadata of every published document on this site: owner, areas, version, review dates, address and amendments. Drafts are never included.',
  },
  thresholds: {
    path: '/data/thresholds.json',
    schemaPath: '/data/thresholds.schema.json',
    schema: thresholdsFileSchema,
    title: 'Threshold levels of need and indicators',
    about:
      "The threshold document's levels of need and the indicators of each level, with the names of the domains and consent exceptions they refer to.",
  },
} as const;

/** A document as the content collections give it; `appliesTo` left out means every partnership. */
export interface PublishedDocument {
  collection: DocumentCollection;
  id: string;
  data: Pick<
    DocumentData,
    'title' | 'summary' | 'owner' | 'appliesTo' | 'version' | 'lastReviewed' | 'nextReviewDue' | 'status' | 'amendments'
  >;
}

export interface RecordContext {
  /** The subgroups, by id: a document's owner. */
  subgroups: ReadonlyMap<string, { name: string }>;
  /** The partnerships, by id, in the order the site lists them. */
  partnerships: ReadonlyMap<string, { name: string; shortName: string }>;
  /** A document's site path with the base path, as its page links use (urlOf in src/data.ts). */
  pathOf: (doc: { collection: DocumentCollection; id: string }) => string;
  /** The site's public address (SITE_URL); without it the records hold site paths only. */
  site: URL | undefined;
}

function found<T>(map: ReadonlyMap<string, T>, id: string, what: string, doc: PublishedDocument): T {
  const value = map.get(id);
  // The content checker refuses unknown ids before the build, so this means a checker gap.
  if (value === undefined)
    throw new Error(`${doc.collection}/${doc.id}: ${what} "${id}" does not exist, so its open data record cannot be written.`);
  return value;
}

export function documentRecord(doc: PublishedDocument, context: RecordContext): DocumentRecord {
  const { data } = doc;
  if (data.status === 'draft') throw new Error(`${doc.collection}/${doc.id} is a draft: drafts are never published as open data.`);
  const path = context.pathOf(doc);
  const areaIds = data.appliesTo ?? [...context.partnerships.keys()];
  return {
    collection: doc.collection,
    id: doc.id,
    title: data.title,
    summary: data.summary,
    owner: { id: data.owner, name: found(context.subgroups, data.owner, 'owner', doc).name },
    areas: areaIds.map((id) => {
      const { name, shortName } = found(context.partnerships, id, 'partnership', doc);
      return { id, name, shortName };
    }),
    version: data.version,
    lastReviewed: data.lastReviewed,
    nextReviewDue: data.nextReviewDue,
    status: data.status,
    address: context.site ? { path, url: addressOf(path, context.site) } : { path },
    amendments: data.amendments.map(({ date, summary, version }) =>
      version === undefined ? { date, summary } : { date, summary, version },
    ),
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const collectionOrder = (collection: DocumentCollection) => DOCUMENT_COLLECTIONS.indexOf(collection);

/** documents.json: every document but drafts, by collection then id, so a rebuild of the same content writes the same file. */
export function documentsFile(documents: readonly PublishedDocument[], context: RecordContext & { schemaAddress: string }): DocumentsFile {
  const published = documents
    .filter((doc) => doc.data.status !== 'draft')
    .toSorted((a, b) => collectionOrder(a.collection) - collectionOrder(b.collection) || byId(a, b));
  return {
    $schema: context.schemaAddress,
    about: OPEN_DATA.documents.about,
    documents: published.map((doc) => documentRecord(doc, context)),
  };
}

/**
 * thresholds.json: the levels in level order; the indicators by level, then domain as the
 * matrix shows them, then id. An order of its own, not the loader's, so a rebuild of the same
 * data writes the same file.
 */
export function thresholdsFile(
  levels: readonly { id: string; data: ThresholdLevel }[],
  indicators: readonly { id: string; data: ThresholdIndicator }[],
  schemaAddress: string,
): ThresholdsFile {
  return {
    $schema: schemaAddress,
    about: OPEN_DATA.thresholds.about,
    levels: levels.toSorted((a, b) => a.data.level - b.data.level).map(({ data }) => data),
    indicators: indicators
      .toSorted((a, b) => a.data.level - b.data.level || DOMAINS.indexOf(a.data.domain) - DOMAINS.indexOf(b.data.domain) || byId(a, b))
      .map(({ data }) => data),
    domains: DOMAINS.map((id) => ({ id, name: DOMAIN_NAMES[id] })),
    consentExceptions: CONSENT_EXCEPTIONS.map((id) => ({ id, text: CONSENT_EXCEPTION_TEXT[id] })),
  };
}
