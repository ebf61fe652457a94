/**
 * The search page's state lives in its address, so a search can be shared, bookmarked and
 * returned to with the back button: `/search/#q=neglect&type=Procedure&area=Leicester`.
 *
 * It lives in the fragment (after `#`), not the query string, because a browser never sends the
 * fragment to the server: what a practitioner searched for stays on their device even on a first
 * visit, before the offline copy answers requests, and never reaches the host's logs. The same
 * goes for the words a result carries to the page it opens (`#highlight=…`).
 *
 * A query string (`/search/?q=…`) is still read: it is what the header's plain form sends when
 * JavaScript is off, and what older shared links hold. The page then moves it into the fragment.
 */
import { FILTER_KEYS, type Selection } from './facets.ts';
import { fragmentParams, toFragment } from './fragment.ts';

export interface SearchState {
  q: string;
  filters: Selection;
}

export function readState(params: URLSearchParams): SearchState {
  const filters: Selection = {};
  for (const key of FILTER_KEYS) {
    const values = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[key] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/** The fragment for a state, "#q=…&type=…", or "" for an empty search. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  return toFragment(params);
}

export const sameState = (a: SearchState, b: SearchState) => writeState(a) === writeState(b);

/**
 * The state an address holds: from the fragment when it holds a search, otherwise from the
 * query string (the no-JavaScript form, older links). `undefined` when the fragment names a
 * place on the page, so a jump to it leaves the search as it is.
 */
export function readAddress(search: string, hash: string): SearchState | undefined {
  const inFragment = fragmentParams(hash);
  if (inFragment) return readState(inFragment);
  // location.search is "" or "?…"; location.hash is "" or "#…".
  if (hash.length > 1 && search.length <= 1) return undefined;
  return readState(new URLSearchParams(search));
}
