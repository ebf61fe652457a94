/**
 * The search page's state lives in its address, so a search can be shared, bookmarked and
 * returned to with the back button: `/search/?q=neglect&type=Procedure&area=Leicester`.
 */
import { FILTER_KEYS, type Selection } from './facets.ts';

export interface SearchState {
  q: string;
  filters: Selection;
}

export function readState(params: URLSearchParams): SearchState {
  const filters: Selection = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).map((v) => v.trim()).filter(Boolean))];
    if (values.length) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The query string for a state, "?q=…&type=…", or "" for an empty search. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const sameState = (a: SearchState, b: SearchState) => writeState(a) === writeState(b);
