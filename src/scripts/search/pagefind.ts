/**
 * Loads Pagefind's search API from the built site (`/pagefind/pagefind.js`, written by the
 * build), once, with the site's ranking options. Called only on the search page or when a person
 * starts using the header search box, so no other page load fetches anything under /pagefind/.
 */
import type { FilterKey } from '../../lib/search/facets.ts';
import { SEARCH_OPTIONS } from '../../lib/search/options.ts';
import type { ResultMeta } from '../../lib/search/record.ts';
import { withBasePath } from '../base-path.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's text, its words numbered as `locations` and the anchors number them. */
  raw_content: string;
  /** Word numbers of the matches. */
  locations: number[];
  weighted_locations: { weight: number; balanced_score: number; location: number }[];
  /** Every element with an id in the indexed part of the page. */
  anchors: { element: string; id: string; text: string; location: number }[];
  /** The metadata pages write (src/lib/search/record.ts), title included. */
  meta: ResultMeta;
  filters: Partial<Record<FilterKey, string[]>>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearchResponse {
  results: PagefindResult[];
}

export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearchResponse>;
  preload(term: string): Promise<void>;
  filters(): Promise<PagefindFilterCounts>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ withBasePath('/pagefind/pagefind.js'))) as Pagefind;
    await pagefind.options({ ...SEARCH_OPTIONS, baseUrl: withBasePath('/') });
    return pagefind;
  })();
  return loading;
}
