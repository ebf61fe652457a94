/**
 * The contract between the pages and the search: the filter and metadata names a page writes for
 * Pagefind (`data-pagefind-filter`, `data-pagefind-meta`), typed from the search code's own
 * definitions (the filter groups in facets.ts, the metadata weights in options.ts). A page writes
 * these attributes only through the helpers below, so renaming a filter or a metadata field is a
 * type error wherever a page still uses the old name.
 */
import type { FilterKey } from './facets.ts';
import type { SEARCH_OPTIONS } from './options.ts';

/** Metadata Pagefind keeps for each page: the ranking gives each its weight. */
export type MetaKey = keyof typeof SEARCH_OPTIONS.ranking.metaWeights;

/** A `data-pagefind-filter` value: the group, with its value inline when given ("type:Procedure"). */
export const filterAttribute = (key: FilterKey, value?: string): string => (value === undefined ? key : `${key}:${value}`);

/** A `data-pagefind-meta` value: the field, read from one of the element's attributes when named ("aliases[content]"). */
export const metaAttribute = (key: MetaKey, fromAttribute?: string): string => (fromAttribute ? `${key}[${fromAttribute}]` : key);

/** What a document page tells the search about itself, beyond its text. */
export interface SearchRecord {
  /** The page's values in each filter group. */
  filters: Record<FilterKey, string[]>;
  /** Metadata shown with a result or weighted in the ranking. */
  meta: Partial<Record<MetaKey, string>>;
}

/** Metadata as the search page reads it from a Pagefind result: the fields above, and Pagefind's own title. */
export type ResultMeta = Partial<Record<MetaKey, string>>;
