/**
 * The search itself: one Pagefind search per word (with spelling variants), combined by
 * `combineTermHits`; a "did you mean" for words that match nothing; filters applied and counted
 * from Pagefind's own filter index. The page script only draws what this returns.
 *
 * Filters cost bytes: asking Pagefind for its filter values fetches every filter file (tens
 * of kilobytes on a large manual: docs/performance.md), and counting them runs a filtered search per value. So a
 * search touches filters only when asked to (`withFilters`: the reader opened the filter panel)
 * or when the address ticks a filter; otherwise it fetches no filter file at all, and the counts
 * can be added later with `filterCounts`.
 */
import { combineTermHits, type Hit, type RankedPage } from '../../lib/search/combine.ts';
import { facetCounts, FILTER_KEYS, invertMembership, matchesSelection, type FacetCounts, type FilterKey } from '../../lib/search/facets.ts';
import { queryTerms, queryWords, spellingVariants, type QueryTerm } from '../../lib/search/query.ts';
import { suggestSpelling } from '../../lib/search/spelling.ts';
import { stem } from '../../lib/search/stem.ts';
import { recogniseGlossaryNames } from '../../lib/search/glossary-keywords.ts';
import type { SearchState } from '../../lib/search/url-state.ts';
import type { Pagefind, PagefindResult } from './pagefind.ts';
import { withBasePath } from '../base-path.ts';

type Membership = { key: FilterKey; value: string; ids: string[] };

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
  /** Every match before filters, best first: what the filter counts are counted over. */
  ids: string[];
  /** Set when the search was asked for filters, or had filters ticked. */
  counts?: FacetCounts;
}

const hasFilters = (filters: SearchState['filters']) => Object.values(filters).some((values) => values?.length);

export class SearchEngine {
  private readonly pagefind: Pagefind;
  private values?: Promise<Partial<Record<FilterKey, string[]>>>;
  private readonly membership = new Map<string, Promise<Membership[]>>();
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

  /**
   * Which filter values each page found by a word has: one filtered search per value. A search
   * with no words would do it at once, but Pagefind then loads every index chunk, a cost that
   * grows with the site; these searches reuse the chunks the word needs anyway.
   */
  private filtersForWord(word: string): Promise<Membership[]> {
    let found = this.membership.get(word);
    if (!found) {
      found = this.filterValues().then((values) =>
        Promise.all(
          FILTER_KEYS.flatMap((key) =>
            (values[key] ?? []).map(async (value) => ({
              key,
              value,
              ids: (await this.pagefind.search(word, { filters: { [key]: value } })).results.map((r) => r.id),
            })),
          ),
        ),
      );
      this.membership.set(word, found);
    }
    return found;
  }

  private loadVocabulary(): Promise<Record<string, number>> {
    this.vocabulary ??= fetchJson<Record<string, number>>('/search/vocabulary.json');
    return this.vocabulary;
  }

  private loadGlossary(): Promise<Record<string, string>> {
    this.glossary ??= fetchJson<Record<string, string>>('/search/glossary.json');
    return this.glossary;
  }

  private async searchTerm(term: QueryTerm): Promise<PagefindResult[][]> {
    return Promise.all(term.variants.map(async (variant) => (await this.pagefind.search(variant)).results));
  }

  /** Starts fetching the index chunks for what is being typed. */
  preload(query: string): void {
    for (const term of queryTerms(query)) for (const variant of term.variants) void this.pagefind.preload(variant);
  }

  /** Pages found by the words, with their filter values: one filtered search per word and value. */
  private async membershipFor(words: string[]) {
    return invertMembership((await Promise.all(words.map((word) => this.filtersForWord(word)))).flat());
  }

  /** The count beside each filter value for a search already made (the reader opened the filters). */
  async filterCounts(outcome: Pick<SearchOutcome, 'ids' | 'words'>, selection: SearchState['filters']): Promise<FacetCounts> {
    const [values, membership] = await Promise.all([this.filterValues(), this.membershipFor(outcome.words)]);
    return facetCounts(outcome.ids, membership, values, selection);
  }

  async search(state: SearchState, { withFilters = false }: { withFilters?: boolean } = {}): Promise<SearchOutcome> {
    const filtering = withFilters || hasFilters(state.filters);
    const [values, glossary] = await Promise.all([filtering ? this.filterValues() : undefined, this.loadGlossary()]);
    let query = state.q;
    let correctedFrom: string | undefined;
    // Glossary names are searched as their term ("MARAC" for "multi-agency risk assessment
    // conference"), as one unit; the other words one by one.
    const named = recogniseGlossaryNames(query, glossary);
    const terms = [
      ...queryTerms(named.rest, { orNothing: named.terms.length > 0 }),
      ...named.terms.map((term) => ({ text: term.toLowerCase(), variants: [term] })),
    ];
    const results = await Promise.all(terms.map((term) => this.searchTerm(term)));

    // Pagefind forgives slips itself, but then finds pages by other words: "neglet" finds a page
    // that mentions "neglect" once, "safegaurding" finds pages about safe sleep. A word is checked
    // against the words the site uses when it matched weakly, or when the best page it found
    // shows other words for it. A word the site never uses, not even as the start of a longer
    // one, is then searched as the closest word the site does use.
    const suspects: number[] = [];
    await Promise.all(
      terms.map(async (term, index) => {
        if (term.variants.some((v) => v.length < 4 || !/^\p{L}+$/u.test(v))) return;
        if (looksMisspelt(results[index]!) || (await foundOtherWords(term, results[index]!))) suspects.push(index);
      }),
    );
    const vocabulary = suspects.length ? await this.loadVocabulary() : {};
    for (const index of suspects.sort((a, b) => a - b)) {
      const term = terms[index]!;
      if (term.variants.some((variant) => isKnownWord(variant, vocabulary))) continue;
      const suggestion = suggestSpelling(term.text, vocabulary);
      if (!suggestion) continue;
      const replacement = { text: suggestion, variants: spellingVariants(suggestion) };
      const found = await this.searchTerm(replacement);
      if (found.some((list) => list.length > 0)) {
        query = replaceWord(query, term.text, suggestion);
        terms[index] = replacement;
        results[index] = found;
        correctedFrom = state.q;
      }
    }

    const best = new Map<string, PagefindResult>();
    for (const variants of results)
      for (const list of variants)
        for (const result of list) {
          const known = best.get(result.id);
          if (!known || result.score > known.score) best.set(result.id, result);
        }
    const ranked = combineTermHits(results.map(toHits));
    const words = [...new Set(terms.flatMap((t) => t.variants))];
    const ids = ranked.map((p) => p.id);
    const membership = values ? await this.membershipFor(words) : undefined;
    const pages = ranked
      .filter((page) => !membership || matchesSelection(membership.get(page.id), state.filters))
      .map((page) => ({ ...page, result: best.get(page.id)! }));
    return {
      query,
      ...(correctedFrom ? { correctedFrom } : {}),
      words,
      unfilteredCount: ranked.length,
      pages,
      ids,
      ...(values && membership ? { counts: facetCounts(ids, membership, values, state.filters) } : {}),
    };
  }
}

function fetchJson<T>(path: string): Promise<T> {
  return fetch(withBasePath(path))
    .then((response) => (response.ok ? (response.json() as Promise<T>) : ({} as T)))
    .catch(() => ({}) as T);
}

/**
 * A word Pagefind matched only weakly and on few pages: nothing, or a near miss found by its own
 * typo tolerance ("neglet" finding one mention of "neglect"). A common word ("Rutland") also
 * scores low, but on many pages. Only then is the vocabulary fetched to check the spelling.
 */
const WEAK_MATCH = 1;
const FEW_PAGES = 10;
const looksMisspelt = (variants: PagefindResult[][]) =>
  topScore(variants) < WEAK_MATCH && variants.every((list) => list.length < FEW_PAGES);

/**
 * Whether the best page found for a word shows, in its excerpt, only other words: Pagefind
 * matched it by likeness, not as written. An excerpt without marks (a match in the page's
 * keywords) says nothing either way.
 */
async function foundOtherWords(term: QueryTerm, variants: PagefindResult[][]): Promise<boolean> {
  const top = variants.flat().sort((a, b) => b.score - a.score)[0];
  if (!top) return false;
  const marked = [...(await top.data()).excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map(([, word]) => queryWords(word!)[0] ?? '');
  if (!marked.length) return false;
  return !marked.some((word) => term.variants.some((variant) => word.startsWith(variant) || stem(word) === stem(variant)));
}

/** A word the site uses, or the start of one ("safeg" is on its way to "safeguarding"). */
function isKnownWord(word: string, vocabulary: Readonly<Record<string, number>>): boolean {
  if (word in vocabulary) return true;
  for (const known in vocabulary) if (known.startsWith(word)) return true;
  return false;
}

const topScore = (variants: PagefindResult[][]) => Math.max(0, ...variants.flatMap((list) => list.map((r) => r.score)));

const toHits = (variants: PagefindResult[][]): Hit[][] => variants.map((list) => list.map(({ id, score }) => ({ id, score })));

/** Replaces one typed word in the query, keeping the rest as the person wrote it. */
function replaceWord(query: string, word: string, replacement: string): string {
  const at = queryWords(query).indexOf(word);
  if (at < 0) return query;
  let seen = -1;
  return query.replace(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu, (match) => (++seen === at ? replacement : match));
}
