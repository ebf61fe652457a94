/**
 * Facts about documents that pages, search metadata and scripts share: what each collection is
 * called, where a document lives, and whether a build shows it.
 */
import type { DocumentCollection, Status } from './vocabulary.ts';

/**
 * Drafts appear only in `npm run dev` and in preview builds (SITE_PREVIEW=1), never in a
 * production build: not as pages, in lists, in search or in the sitemap.
 */
export function isVisible(status: Status, options: { preview: boolean }): boolean {
  return status !== 'draft' || options.preview;
}

/** True for a preview build or the dev server. */
export function previewMode(env: Record<string, string | undefined>, dev: boolean): boolean {
  return dev || env.SITE_PREVIEW === '1' || env.SITE_PREVIEW === 'true';
}

/** The site path of a document, without the base path. */
export function documentPath(collection: DocumentCollection, id: string): string {
  return `/${collection}/${id}/`;
}

/** Joins the configured base path and a site path, e.g. ("/llr/", "/procedures/") -> "/llr/procedures/". */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The first letter a document files under in the A to Z, ignoring "The" and digits. */
export function azLetter(title: string): string {
  const first = title.replace(/^(the|a|an)\s+/i, '').trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '0-9';
}

/** Sorts by title the way a reader expects (case-insensitive, numbers in order). */
// One collator for every comparison: localeCompare with options builds a new one each call,
// which made sorting the A to Z and list pages slow on a large manual.
// Marked pure so browser scripts that import only withBase (src/scripts/base-path.ts) do not build it.
const titleCollator = /* @__PURE__ */ new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
export const byTitle = <T extends { title: string }>(a: T, b: T) => titleCollator.compare(a.title, b.title);
