/**
 * The search itself: one Pagefind search per word (with spelling variants), combined by
 * `combineTermHits`; a "did you mean" for words that match nothing; filters applied and counted
 * from Pagefind's own filter index. The page script only draws what this returns.
 */
import { combineTermHits, type Hit, type RankedPage } from '../../lib/search/combine.ts';
import { facetCounts, FILTER_KEYS, invertMembership, matchesSelection, type FacetCounts, type FilterKey, type PageFilters } from '../../lib/search/facets.ts';
import { queryTerms, queryWords, spellingVariants, type QueryTerm } from '../../lib/search/query.ts';
import { suggestSpelling } from '../../lib/search/spelling.ts';
import { recogniseGlossaryNames } from '../../lib/search/glossary-keywords.ts';
import type { SearchState } from '../../lib/search/url-state.ts';
import type { Pagefind, PagefindResult } from './pagefind.ts';

export interface SearchOutcome {
  /** The query as searched: the typed one, or the corrected one. */
  query: string;
  /** Set when a misspelt word was replaced: the query actually searched. */
  correctedFrom?: string;
  /** The words to highlight in excerpts. */
  words: string[];
  /** Every match, before filters. */
  unfilteredCount: number;
  /** Matches after filters, best first. */
  pages: (RankedPage & { result: PagefindResult })[];
  counts: FacetCounts;
}

export class SearchEngine {
  private readonly pagefind: Pagefind;
  private values?: Promise<Partial<Record<FilterKey, string[]>>>;
  private membership?: Promise<Map<string, PageFilters>>;
  private vocabulary?: Promise<Record<string, number>>;
  private glossary?: Promise<Record<string, string>>;

  constructor(pagefind: Pagefind) {
    this.pagefind = pagefind;
  }

  /** The values of each filter group, as Pagefind indexed them, sorted for display. */
  filterValues(): Promise<Partial<Record<FilterKey, string[]>>> {
    this.values ??= this.pagefind.filters().then((all) => {
      const values: Partial<Record<FilterKey, string[]>> = {};
      for (const key of FILTER_KEYS) values[key] = Object.keys(all[key] ?? {}).sort((a, b) => a.localeCompare(b, 'en-GB'));
      return values;
    });
    return this.values;
  }

  /** Which filter values each page has, from one filter-only search per value. */
  private pageFilters(): Promise<Map<string, PageFilters>> {
    this.membership ??= this.filterValues().then(async (values) => {
      const lists = await Promise.all(
        FILTER_KEYS.flatMap((key) =>
          (values[key] ?? []).map(async (value) => ({ key, value, ids: (await this.pagefind.search(null, { filters: { [key]: value } })).results.map((r) => r.id) })),
        ),
      );
      return invertMembership(lists);
    });
    return this.membership;
  }

  private loadVocabulary(): Promise<Record<string, number>> {
    this.vocabulary ??= fetchJson<Record<string, number>>('search/vocabulary.json');
    return this.vocabulary;
  }

  private loadGlossary(): Promise<Record<string, string>> {
    this.glossary ??= fetchJson<Record<string, string>>('search/glossary.json');
    return this.glossary;
  }

  private async searchTerm(term: QueryTerm): Promise<PagefindResult[][]> {
    return Promise.all(term.variants.map(async (variant) => (await this.pagefind.search(variant)).results));
  }

  /** Starts fetching the index chunks for what is being typed. */
  preload(query: string): void {
    for (const term of queryTerms(query)) for (const variant of term.variants) void this.pagefind.preload(variant);
  }

  async search(state: SearchState): Promise<SearchOutcome> {
    const [values, membership, glossary] = await Promise.all([this.filterValues(), this.pageFilters(), state.q ? this.loadGlossary() : {}]);
    let query = state.q;
    let correctedFrom: string | undefined;
    // Glossary names are searched as their term ("MARAC" for "multi-agency risk assessment
    // conference"), as one unit; the other words one by one.
    const named = recogniseGlossaryNames(query, glossary);
    const terms = [...queryTerms(named.rest, { orNothing: named.terms.length > 0 }), ...named.terms.map((term) => ({ text: term.toLowerCase(), variants: [term] }))];
    const results = await Promise.all(terms.map((term) => this.searchTerm(term)));

    // Pagefind forgives small slips itself, but scores such matches low: "neglet" finds a page
    // that mentions "neglect" once. A word the site never uses is corrected when the correction
    // matches far more strongly than the word as typed.
    const suspects = terms.flatMap((term, index) => (topScore(results[index]!) < WEAK_MATCH && !term.variants.some((v) => v.length < 3 || /\d/.test(v)) ? [index] : []));
    const vocabulary = suspects.length ? await this.loadVocabulary() : {};
    for (const index of suspects) {
      const term = terms[index]!;
      if (term.variants.some((variant) => variant in vocabulary)) continue;
      const suggestion = suggestSpelling(term.text, vocabulary);
      if (!suggestion) continue;
      const replacement = { text: suggestion, variants: spellingVariants(suggestion) };
      const found = await this.searchTerm(replacement);
      if (topScore(found) > CORRECTION_MARGIN * topScore(results[index]!)) {
        query = replaceWord(query, term.text, suggestion);
        terms[index] = replacement;
        results[index] = found;
        correctedFrom = state.q;
      }
    }

    const best = new Map<string, PagefindResult>();
    for (const variants of results) for (const list of variants) for (const result of list) {
      const known = best.get(result.id);
      if (!known || result.score > known.score) best.set(result.id, result);
    }
    if (!terms.length) {
      // Filters without words: every document, for the filters to narrow.
      for (const result of (await this.pagefind.search(null, { filters: {} })).results) best.set(result.id, result);
    }
    const ranked = terms.length ? combineTermHits(results.map(toHits)) : [...best.keys()].map((id) => ({ id, score: 0, matched: 0, bestTerm: 0 }));
    const pages = ranked.filter((page) => matchesSelection(membership.get(page.id), state.filters)).map((page) => ({ ...page, result: best.get(page.id)! }));
    const words = [...new Set(terms.flatMap((t) => t.variants))];
    return {
      query,
      ...(correctedFrom ? { correctedFrom } : {}),
      words,
      unfilteredCount: ranked.length,
      pages,
      counts: facetCounts(ranked.map((p) => p.id), membership, values, state.filters),
    };
  }
}

function fetchJson<T>(path: string): Promise<T> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return fetch(`${base}${path}`)
    .then((response) => (response.ok ? (response.json() as Promise<T>) : ({} as T)))
    .catch(() => ({}) as T);
}

/**
 * Below this score a word matched nothing or only a near miss (Pagefind's own typo tolerance), so
 * it is worth checking the spelling: only then is the vocabulary fetched.
 */
const WEAK_MATCH = 1;

/** How much better a spelling correction must match than the word as typed to replace it. */
const CORRECTION_MARGIN = 3;

const topScore = (variants: PagefindResult[][]) => Math.max(0, ...variants.flatMap((list) => list.map((r) => r.score)));

const toHits = (variants: PagefindResult[][]): Hit[][] => variants.map((list) => list.map(({ id, score }) => ({ id, score })));

/** Replaces one typed word in the query, keeping the rest as the person wrote it. */
function replaceWord(query: string, word: string, replacement: string): string {
  const at = queryWords(query).indexOf(word);
  if (at < 0) return query;
  let seen = -1;
  return query.replace(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu, (match) => (++seen === at ? replacement : match));
}
