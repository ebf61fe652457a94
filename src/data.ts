/**
 * The one place pages read content from. It applies the draft rule once, so no page can forget
 * it, and returns documents from every collection in a single shape.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { resolve } from 'node:path';
import { contactCards, type ContactCard } from './lib/contacts/contacts.ts';
import { contentDir } from './lib/content/dir.ts';
import type { Contact, SiteIdentity } from './lib/content/schema.ts';
import { formatDate, today } from './lib/dates.ts';
import { documentView, type DocumentView } from './lib/document-page/view.ts';
import { historyUrl } from './lib/git/dates.ts';
import { gitHistory, repositoryBranch, repositoryUrl } from './lib/git/history.ts';
import { dueSoonDays } from './lib/review/status.ts';
import { glossaryMatcher, type GlossaryMatcher } from './lib/search/glossary-keywords.ts';
import { glossaryInOrder, precomputedKeywords } from './lib/search/precomputed-keywords.ts';
import { documentPath, isVisible, previewMode, withBase } from './lib/content/documents.ts';
import { COLLECTION_LABELS, DOCUMENT_COLLECTIONS, type DocumentCollection } from './lib/content/vocabulary.ts';

export type AnyDocument = CollectionEntry<DocumentCollection>;

export const preview = previewMode(process.env, import.meta.env.DEV);

/** Visible documents of one collection. */
export async function documentsIn<C extends DocumentCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.filter((entry) => isVisible(entry.data.status, { preview }));
}

/** Visible documents of every collection, cached for the build. */
let everyDocument: Promise<AnyDocument[]> | undefined;
export function allDocuments(): Promise<AnyDocument[]> {
  everyDocument ??= Promise.all(DOCUMENT_COLLECTIONS.map((c) => documentsIn(c))).then((lists) => lists.flat());
  return everyDocument;
}

/**
 * Visible documents by `collection/id`, cached for the build: resolving a reference is one
 * lookup rather than a search of every document, which every page did for each related
 * document (quadratic in the number of documents; see docs/performance.md).
 */
let documentsByRef: Promise<Map<string, AnyDocument>> | undefined;
export function documentIndex(): Promise<Map<string, AnyDocument>> {
  documentsByRef ??= allDocuments().then((documents) => new Map(documents.map((d) => [`${d.collection}/${d.id}`, d])));
  return documentsByRef;
}

/** The address of a document, base path included. */
export const urlOf = (doc: { collection: DocumentCollection; id: string }) =>
  withBase(import.meta.env.BASE_URL, documentPath(doc.collection, doc.id));

/** A site path with the base path in front. */
export const url = (path: string) => withBase(import.meta.env.BASE_URL, path);

export const typeLabel = (doc: { collection: DocumentCollection }) => COLLECTION_LABELS[doc.collection].singular;

async function readLookups() {
  const [subgroups, partnerships, contacts] = await Promise.all([
    getCollection('subgroups'),
    getCollection('partnerships'),
    getCollection('contacts'),
  ]);
  return {
    subgroups: new Map(subgroups.map((s) => [s.id, s])),
    partnerships: new Map(partnerships.map((p) => [p.id, p])),
    contacts: new Map(contacts.map((c) => [c.id, c])),
    /** What document pages name them by: a group's name, a partnership's short name. */
    subgroupNames: new Map(subgroups.map((s) => [s.id, s.data.name])),
    partnershipNames: new Map(partnerships.map((p) => [p.id, p.data.shortName])),
  };
}

/** Data collections, keyed by id, for lookups while rendering; read once per build, as every page needs them. */
let dataById: ReturnType<typeof readLookups> | undefined;
export function lookups(): ReturnType<typeof readLookups> {
  dataById ??= readLookups();
  return dataById;
}

/**
 * The partnership's identity (content/site.yaml): names, areas, the feed's and the app's names.
 * Read once per build; the content gate has already refused a build without a valid site.yaml.
 */
let identity: Promise<SiteIdentity> | undefined;
export function siteIdentity(): Promise<SiteIdentity> {
  identity ??= (async () => {
    const entry = await getEntry('site', 'site');
    if (!entry) throw new Error('content/site.yaml was not loaded: run npm run check to see why');
    return entry.data;
  })();
  return identity;
}

/** The cards for a list of contacts (src/components/ContactList.astro renders them). */
export async function contactCardsFor(contacts: readonly { id: string; data: Contact }[]): Promise<ContactCard<Contact>[]> {
  const [site, all] = await Promise.all([siteIdentity(), lookups()]);
  return contactCards(contacts, site, all.contacts);
}

/**
 * Everything a document page shows besides its text (src/lib/document-page/view.ts), from the
 * collections, git, the clock and the environment, read here and nowhere else on the page.
 */
export async function documentViewOf(
  doc: AnyDocument,
  headings: readonly { depth: number; slug: string; text: string }[],
): Promise<DocumentView> {
  const [{ subgroupNames, partnershipNames, contacts }, documents, site, glossary] = await Promise.all([
    lookups(),
    documentIndex(),
    siteIdentity(),
    searchGlossary(),
  ]);
  const history = gitHistory(contentDir(process.cwd()));
  const file = doc.filePath ? resolve(process.cwd(), doc.filePath) : undefined;
  const lastCommit = file ? history.lastCommit(file) : undefined;
  const repositoryPath = file ? history.repositoryPath(file) : null;
  return documentView({
    doc: { collection: doc.collection, id: doc.id, data: doc.data, body: doc.body ?? '' },
    headings,
    site,
    subgroupNames,
    partnerships: partnershipNames,
    contacts,
    documents,
    urlOf,
    lastCommit,
    historyLink: repositoryPath === null ? null : historyUrl(repositoryUrl(), repositoryPath, repositoryBranch()),
    today: today(),
    dueSoonDays: dueSoonDays(),
    formatDate,
    glossary,
    keywords: await precomputedKeywords(`${doc.collection}/${doc.id}`),
    cmsUrl: process.env.CMS_URL,
  });
}

/** The glossary as a search-keyword matcher, built once per build. */
let matcher: Promise<GlossaryMatcher> | undefined;
function searchGlossary(): Promise<GlossaryMatcher> {
  matcher ??= getCollection('glossary').then((entries) => glossaryMatcher(glossaryInOrder(entries).map((entry) => entry.data)));
  return matcher;
}
