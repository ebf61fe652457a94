/**
 * Each document's frontmatter on its own: YAML that reads, fields its collection knows (a field
 * another collection owns means the file is in the wrong folder), no template placeholders left
 * in, and values that fit the collection's schema. The documents that pass go on to the rules
 * that need their parsed values.
 */
import type { Problem } from '../problems.ts';
import type { DocumentFile } from '../files.ts';
import { hasPlaceholder, PLACEHOLDER, stringsIn } from '../placeholders.ts';
import { documentSchemas, type DocumentData } from '../schema.ts';
import { COLLECTION_LABELS, DOCUMENT_COLLECTIONS, type DocumentCollection } from '../vocabulary.ts';
import { fieldName, schemaProblems, syntaxProblems } from './schema-problems.ts';

export interface ParsedDocument {
  file: DocumentFile;
  data: DocumentData;
}

/** Parsed frontmatter of every document that passed its schema, keyed `collection/id`, in the tree's order. */
export type ParsedDocuments = Map<string, ParsedDocument>;

export const documentKey = (doc: DocumentFile) => `${doc.collection}/${doc.id}`;

/** Whether the frontmatter, however broken otherwise, says `status: draft`: some rules are gentler on drafts. */
export const isDraft = (doc: DocumentFile) => (doc.frontmatter.value as { status?: unknown } | undefined)?.status === 'draft';

export function frontmatterSyntaxProblems(documents: readonly DocumentFile[]): Problem[] {
  return documents.flatMap((doc) => syntaxProblems(doc.frontmatter));
}

/**
 * The fields and schema of every document whose YAML reads (broken YAML has its own message and
 * nothing to check); returns the documents that fit their schema.
 */
export function parseFrontmatter(documents: readonly DocumentFile[]): { problems: Problem[]; documents: ParsedDocuments } {
  const problems: Problem[] = [];
  const parsedDocuments: ParsedDocuments = new Map();
  for (const doc of documents) {
    const source = doc.frontmatter;
    if (source.syntaxErrors.length) continue;
    problems.push(...frontmatterFieldProblems(doc, isDraft(doc)));
    const parsed = documentSchemas[doc.collection].safeParse(source.value);
    if (!parsed.success) {
      problems.push(...schemaProblems(source, source.value, documentSchemas[doc.collection]));
      continue;
    }
    parsedDocuments.set(documentKey(doc), { file: doc, data: parsed.data as DocumentData });
  }
  return { problems, documents: parsedDocuments };
}

/** Fields only one collection has: finding them elsewhere means the file is in the wrong folder. */
function fieldsOnlyIn(collection: DocumentCollection): string[] {
  const own = Object.keys(documentSchemas[collection].shape);
  return own.filter((key) => DOCUMENT_COLLECTIONS.every((other) => other === collection || !(key in documentSchemas[other].shape)));
}

/** Frontmatter fields no schema knows (usually a misspelling, which would otherwise be ignored), fields that show the file is in the wrong folder, and template placeholders left in. */
function frontmatterFieldProblems(doc: DocumentFile, draft: boolean): Problem[] {
  const problems: Problem[] = [];
  const value = doc.frontmatter.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return problems;
  const known = documentSchemas[doc.collection].shape;
  const unknown = Object.keys(value).filter((key) => !(key in known));
  const home = DOCUMENT_COLLECTIONS.find((other) => other !== doc.collection && fieldsOnlyIn(other).some((field) => unknown.includes(field)));
  if (home) {
    const clues = fieldsOnlyIn(home).filter((field) => unknown.includes(field));
    problems.push({
      file: doc.file, line: 1, field: 'file location', severity: 'error',
      message: `this looks like a ${COLLECTION_LABELS[home].singular.toLowerCase()} (it has ${clues.join(', ')}), but it is in content/${doc.collection}/: move it to content/${home}/, or remove ${clues.join(' and ')} if it is really a ${COLLECTION_LABELS[doc.collection].singular.toLowerCase()}`,
    });
  }
  for (const key of unknown) {
    if (home && fieldsOnlyIn(home).includes(key)) continue;
    problems.push({
      file: doc.file, line: doc.frontmatter.lineOf([key]), field: key, severity: 'error',
      message: `is not a field a ${COLLECTION_LABELS[doc.collection].singular.toLowerCase()} can have: check the spelling against CONTRIBUTING.md (field names are case-sensitive), or remove it`,
    });
  }
  for (const { path, text } of stringsIn(value)) {
    if (!hasPlaceholder(text)) continue;
    problems.push({
      file: doc.file, line: doc.frontmatter.lineOf(path), field: fieldName(path), severity: draft ? 'warning' : 'error',
      message: `still has the template's "${PLACEHOLDER}" placeholder: replace it with your own text`,
    });
  }
  return problems;
}
