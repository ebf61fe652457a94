/**
 * Indexing document pages for search while Astro is still rendering the rest (the build
 * integration is src/integrations/pagefind-index.ts). Pagefind reads each page from disk in its
 * own process, on the core the renderer leaves free; a page is handed over only once it has
 * settled, and the build checks at the end that none has changed since. Pure: file facts in,
 * decisions out.
 */

/** What the build knows of a written page: its path in the output folder ("/"-separated), and its last change. */
export interface PageFile {
  path: string;
  mtimeMs: number;
  size: number;
}

/**
 * A page not written to for this long, and whole (isWholePage), is complete: Astro writes each
 * page in one call, which takes a few milliseconds. The check at the end (changedSince) catches
 * the rare page that was not, and the build then indexes everything again.
 */
export const SETTLE_MS = 250;

/** The pages that have settled by `now` and can be indexed. */
export function settledPages(pages: readonly PageFile[], now: number, settleMs = SETTLE_MS): PageFile[] {
  return pages.filter((page) => page.mtimeMs <= now - settleMs);
}

/** How much of a page's end `isWholePage` needs: the end tag and the whitespace a writer may add after it. */
export const PAGE_END_BYTES = 32;

const HTML_END = '</html>';
const decoder = new TextDecoder();

/**
 * Whether the last bytes of a page file are those of a finished page. A page's file exists, empty,
 * from the moment it is opened for writing; while the renderer is busy the write can come well
 * after the settling time, and a page indexed empty would make the build index everything again.
 */
export function isWholePage(end: Uint8Array): boolean {
  return decoder.decode(end).trimEnd().toLowerCase().endsWith(HTML_END);
}

/**
 * Pages indexed early whose file has changed since (or gone): their index entry may be of a
 * half-written or earlier page. `current` gives a page's facts now, or undefined if it is gone.
 */
export function changedSince(indexed: readonly PageFile[], current: (path: string) => PageFile | undefined): string[] {
  return indexed
    .filter((page) => {
      const now = current(page.path);
      return !now || now.mtimeMs !== page.mtimeMs || now.size !== page.size;
    })
    .map((page) => page.path);
}

/**
 * Whether a glob names this path and nothing else: the site's page paths are lower-case letters,
 * digits, hyphens, dots and slashes, none of which a glob reads as a pattern.
 */
export const isGlobSafe = (path: string) => /^[a-z0-9/_.-]+$/.test(path) && !path.includes('..');

/**
 * Pagefind globs naming exactly these files, a batch at a time (Pagefind matches every file it
 * walks against the glob, so one glob with thousands of names would be slow). A path a glob
 * cannot name exactly is refused rather than matched loosely.
 */
export function exactGlobs(paths: readonly string[], batchSize = 200): string[] {
  for (const path of paths) {
    if (!isGlobSafe(path)) throw new Error(`Cannot name "${path}" exactly in a Pagefind glob.`);
  }
  const globs: string[] = [];
  for (let start = 0; start < paths.length; start += batchSize) {
    const batch = paths.slice(start, start + batchSize);
    globs.push(batch.length === 1 ? batch[0]! : `{${batch.join(',')}}`);
  }
  return globs;
}

/** The attribute that marks a page's searchable part; a page without it is left out of the index. */
const SEARCH_BODY = Buffer.from('data-pagefind-body');

/**
 * Whether a page has a part for Pagefind to index. Once any page has one, Pagefind reads every
 * other page it is given only to leave it out; at 5,000 documents the list pages (A to Z,
 * reviews, changes) took it over a second. The text is looked for, not parsed: a page that
 * merely mentions the attribute is read and left out, as before, and no marked page is missed.
 */
export const hasSearchBody = (page: Uint8Array): boolean =>
  Buffer.from(page.buffer, page.byteOffset, page.byteLength).includes(SEARCH_BODY);

/** The output files of the site's redirect pages (the keys of Astro's `redirects`): never indexed early, the CSP step rewrites them. */
export function redirectPageFiles(redirectSources: readonly string[]): Set<string> {
  return new Set(redirectSources.map((source) => `${source.replace(/^\/+|\/+$/g, '')}/index.html`));
}
