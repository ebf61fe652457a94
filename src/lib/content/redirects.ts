/**
 * Former addresses of documents (`redirectFrom`), as Astro's `redirects` config: a renamed
 * document keeps every bookmark working. A static build writes a small page at each old address
 * that sends the reader on (meta refresh, canonical link, plain link; no script, so the CSP has
 * nothing to allow).
 *
 * Read from the frontmatter leniently: astro.config.mjs calls this before the content gate has
 * checked anything, so a mistake here must be skipped quietly and left for the gate to report
 * with its file and line (including two documents claiming one address).
 */
import type { ContentTree } from './files.ts';
import { documentPath, isVisible, withBase, type Status } from './documents.ts';
import { documentFields, type DocumentCollection } from './schema.ts';

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

/** The redirectFrom and status of every document whose frontmatter has valid values for them. */
export function redirectingDocuments(tree: ContentTree): RedirectingDocument[] {
  return tree.documents.flatMap((doc) => {
    const value = doc.frontmatter.value;
    if (!value || typeof value !== 'object') return [];
    const fields = value as Record<string, unknown>;
    const redirectFrom = documentFields.redirectFrom.safeParse(fields.redirectFrom);
    const status = documentFields.status.safeParse(fields.status);
    if (!redirectFrom.success || !status.success || redirectFrom.data.length === 0) return [];
    return [{ collection: doc.collection, id: doc.id, status: status.data, redirectFrom: redirectFrom.data }];
  });
}
