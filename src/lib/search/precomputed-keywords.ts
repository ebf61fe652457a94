/**
 * Search keywords worked out before the pages are rendered. Matching every document's text
 * against the glossary was the largest piece of the render step that is the site's own
 * (docs/performance.md); in a build, the content gate's worker thread, which reads every body for
 * the checks anyway, does it once the checks are done, at the lowest priority, while Astro goes on
 * to sync and bundle the site, and hands the results to the pages through here. A page whose keywords are not here
 * (the dev server, whose content changes as an editor types) matches its own text, with the same
 * function and the same glossary order.
 */
import { glossaryMatcher, searchKeywords, type GlossaryEntryForms, type SearchKeywords } from './glossary-keywords.ts';

/** One document as the keywords need it. */
export interface KeywordSource {
  key: string;
  title: string;
  summary: string;
  tags: readonly string[];
  body: string;
}

/** The glossary in the one order both the worker and the pages build their matcher in: by id. */
export const glossaryInOrder = <T extends { id: string }>(entries: readonly T[]): T[] =>
  entries.toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Every document's search keywords, by `collection/id`. */
export function keywordsFor(
  documents: readonly KeywordSource[],
  glossary: readonly (GlossaryEntryForms & { id: string })[],
): [string, SearchKeywords][] {
  const matcher = glossaryMatcher(glossaryInOrder(glossary));
  return documents.map((doc) => [doc.key, searchKeywords(doc, matcher)]);
}

/**
 * Where the build keeps them: the integration and the rendered pages run in one process but load
 * this module separately (the pages from Astro's bundle), so they hang on a global symbol. The
 * build stores them as a promise while they are still being worked out, and each page waits for
 * it (the pages are rendered after the bundling, by which time the keywords are normally ready).
 */
const STORE = Symbol.for('llr.precomputedSearchKeywords');
type Holder = { [STORE]?: Promise<Map<string, SearchKeywords>> };

export function storeKeywords(entries: Promise<readonly [string, SearchKeywords][]>): void {
  const store = entries.then((list) => new Map(list));
  // Held by the promise until a page awaits it, never thrown unhandled.
  store.catch(() => undefined);
  (globalThis as Holder)[STORE] = store;
}

export async function precomputedKeywords(key: string): Promise<SearchKeywords | undefined> {
  return (await (globalThis as Holder)[STORE])?.get(key);
}
