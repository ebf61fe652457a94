/**
 * What can be read of a document's frontmatter without checking it: each field whose value is
 * valid, taken on its own, and nothing for a field whose value is not.
 *
 * Several readers need documents before, or without, the checker: the build's redirects (read
 * before the content gate has checked anything), the rename guard (documents as they were at an
 * earlier revision), `npm run new` (which titles and former addresses are taken) and
 * `npm run codeowners` (who owns each file). A mistake in one field must not hide the others,
 * nor stop any of them: the checker reports it, with its file and line. They all read through
 * here, with the content contract's own field schemas, so they agree on what counts as valid.
 */
import type { ContentTree, DocumentFile } from './files.ts';
import type { Status, DocumentCollection } from './vocabulary.ts';
import { documentFields } from './schema.ts';

export interface DocumentFacts {
  collection: DocumentCollection;
  id: string;
  /** The file's path, as the tree names it. */
  file: string;
  title?: string | undefined;
  /** `published` when the field is left out (the schema's default); undefined when its value is not a status. */
  status?: Status | undefined;
  /** The owning subgroup's id. */
  owner?: string | undefined;
  /** The former addresses that are site addresses; other entries are left out, and a value that is not a list gives none. */
  redirectFrom: readonly string[];
  lastReviewed?: string | undefined;
  nextReviewDue?: string | undefined;
}

const siteAddress = documentFields.redirectFrom.unwrap().element;

/** The value of one field, or undefined when it does not pass the field's schema. */
function valid<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The facts of one document file, read from its frontmatter as parsed (undefined when the YAML is
 * broken). Each field is parsed when it is read: the build reads only `status` and `redirectFrom`,
 * of every document, before anything else can start, and parsing every field there was several
 * times slower (docs/performance.md).
 */
export function factsOf(doc: Pick<DocumentFile, 'collection' | 'id' | 'file' | 'frontmatter'>): DocumentFacts {
  const value = doc.frontmatter.value;
  const fields = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return {
    collection: doc.collection,
    id: doc.id,
    file: doc.file,
    get title() {
      return valid(documentFields.title, fields.title);
    },
    get status() {
      return valid(documentFields.status, fields.status);
    },
    get owner() {
      return valid(documentFields.owner, fields.owner);
    },
    get redirectFrom() {
      return Array.isArray(fields.redirectFrom) ? fields.redirectFrom.filter((address): address is string => siteAddress.safeParse(address).success) : [];
    },
    get lastReviewed() {
      return valid(documentFields.lastReviewed, fields.lastReviewed);
    },
    get nextReviewDue() {
      return valid(documentFields.nextReviewDue, fields.nextReviewDue);
    },
  };
}

/** The facts of every document in the content, in the tree's order. */
export function documentFacts(tree: Pick<ContentTree, 'documents'>): DocumentFacts[] {
  return tree.documents.map(factsOf);
}
