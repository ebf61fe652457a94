/**
 * The search page's state, apart from drawing it (render.ts): the search in the address (its
 * fragment, see src/lib/search/url-state.ts), what the page keeps in its history entry for Back,
 * the filters chosen, and the words that say how many results a search found. Nothing here
 * touches the page's elements.
 */
import type { FilterKey, Selection } from '../../lib/search/facets.ts';
import { readAddress, writeState, type SearchState } from '../../lib/search/url-state.ts';
import type { SearchOutcome } from './engine.ts';

/**
 * The search the address holds, or `undefined` when its fragment names a place on the page (the
 * skip link), which is not a search.
 */
export const addressState = (): SearchState | undefined => readAddress(location.search, location.hash);

/**
 * The search the page opens with. A search that arrived in the query string (the no-JavaScript
 * form, an older link) moves into the fragment, so reloading or sharing the page does not send it
 * to the server again.
 */
export function openingState(): SearchState {
  const state = addressState() ?? { q: '', filters: {} };
  if (location.search) window.history.replaceState(history.state, '', `${location.pathname}${writeState(state)}`);
  return state;
}

/**
 * Puts a search in the address: a new history entry ('push', so Back returns to the search
 * before) or in place of the current one ('replace').
 */
export function writeAddress(state: SearchState, entry: 'push' | 'replace'): void {
  const address = `${location.pathname}${writeState(state)}`;
  if (entry === 'push') window.history.pushState(null, '', address);
  else window.history.replaceState(null, '', address);
}

/**
 * What the page keeps in its history entry (history.state, never in the address and never sent
 * anywhere) so that Back from a result shows the page as it was left: how many results were
 * shown after "Show more results", and how far down the page was scrolled.
 */
export interface Kept {
  shown?: number;
  scrollY?: number;
}
export const kept = (): Kept => (history.state && typeof history.state === 'object' ? (history.state as Kept) : {});
export const keep = (change: Kept) => window.history.replaceState({ ...kept(), ...change }, '');

export function hasFilters(filters: Selection): boolean {
  return Object.values(filters).some((values) => values?.length);
}

/** The filters with one value ticked or unticked. */
export function withFilterValue(filters: Selection, key: FilterKey, value: string, checked: boolean): Selection {
  const ticked = new Set(filters[key] ?? []);
  if (checked) ticked.add(value);
  else ticked.delete(value);
  return { ...filters, [key]: [...ticked] };
}

/** How many filter values are ticked, across every group. */
export function chosenCount(filters: Selection): number {
  return Object.values(filters).reduce((n, values) => n + (values?.length ?? 0), 0);
}

/** Beside "Filter results": "(2 chosen)", or nothing. */
export function chosenLabel(filters: Selection): string {
  const chosen = chosenCount(filters);
  return chosen ? `(${chosen} chosen)` : '';
}

export const searchingFor = (q: string) => `Searching for ‘${q}’…`;

export const SEARCH_FAILED = 'Search is not available at the moment. Browse the A to Z of documents instead.';

/** The result count, as the live region says it. */
export function describeOutcome(outcome: Pick<SearchOutcome, 'pages' | 'query' | 'unfilteredCount'>, state: SearchState): string {
  const n = outcome.pages.length;
  const results = `${n === 0 ? 'No' : n} ${n === 1 ? 'result' : 'results'}`;
  const forWhat = outcome.query ? ` for ‘${outcome.query}’` : '';
  const filtered = hasFilters(state.filters) ? ` with the filters you chose (${outcome.unfilteredCount} without filters)` : '';
  const help = n === 0 ? '. Check the spelling, try other words, or browse the A to Z of documents.' : '.';
  return `${results}${forWhat}${filtered}${help}`;
}

/**
 * The count beside a filter value: how many results ticking it would show, or nothing while the
 * counts are not known.
 */
export function filterCountLabel(n: number | undefined): string {
  return n === undefined ? '' : n === 0 ? '(no results)' : `(${n} ${n === 1 ? 'result' : 'results'})`;
}
