/**
 * Former addresses of documents (`redirectFrom`), as Astro's `redirects` config: a renamed
 * document keeps every bookmark working. A static build writes a small page at each old address
 * that sends the reader on (meta refresh, canonical link, plain link; no script, so the CSP has
 * nothing to allow).
 *
 * Read from the frontmatter leniently: the content gate (src/integrations/content-gate.ts) calls
 * this before anything is checked, so a mistake here must be skipped quietly and left for the
 * checker to report with its file and line (including two documents claiming one address).
 */
import { readDocumentsContaining, type ContentTree } from './files.ts';
import { documentPath, isVisible, withBase } from './documents.ts';
import type { Status, DocumentCollection } from './vocabulary.ts';
import { documentFacts } from './facts.ts';

export interface RedirectingDocument {
  collection: DocumentCollection;
  id: string;
  status: Status;
  redirectFrom: readonly string[];
}

/**
 * `{ oldAddress: newAddress }`. Keys are site paths without the base path (Astro adds it to every
 * route); values include it, because Astro writes the destination into the page as given.
 */
export function redirectsFor(documents: readonly RedirectingDocument[], base: string, options: { preview: boolean }): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const doc of documents) {
    // A draft's page is not built outside previews, so its old addresses would lead nowhere.
    if (!isVisible(doc.status, options)) continue;
    for (const from of doc.redirectFrom) redirects[from] = withBase(base, documentPath(doc.collection, doc.id));
  }
  return redirects;
}

/** Every document with former addresses and a status that can be read (src/lib/content/facts.ts). */
export function redirectingDocuments(tree: Pick<ContentTree, 'documents'>): RedirectingDocument[] {
  return documentFacts(tree).flatMap(({ collection, id, status, redirectFrom }) =>
    status !== undefined && redirectFrom.length ? [{ collection, id, status, redirectFrom }] : [],
  );
}

/**
 * The same, read from the content folder: only the files that mention `redirectFrom` are parsed,
 * as the build reads them before anything else can start.
 */
export function redirectingDocumentsIn(root: string, contentDir?: string): RedirectingDocument[] {
  return redirectingDocuments({ documents: readDocumentsContaining('redirectFrom', root, contentDir) });
}
