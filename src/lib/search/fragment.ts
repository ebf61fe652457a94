/**
 * The parts of a search address that every page needs, kept apart from the search page's state
 * (url-state.ts, which brings the filters) so that the small script on every page stays small:
 * the header box's fragment, and the words a search result asks its page to mark. Both travel
 * after `#`, which browsers never send to the server.
 */

/** The address parameter that carries the searched words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/** The fragment that holds these parameters, "#name=value&…", or "" when there are none. */
export function toFragment(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `#${text}` : '';
}

/**
 * The parameters a fragment holds, or undefined when it names a place on the page instead (the
 * skip link's `#main-content`): parameters come as `name=value`, and an element id has no `=`.
 */
export function fragmentParams(hash: string): URLSearchParams | undefined {
  const fragment = hash.replace(/^#/, '');
  return fragment.includes('=') ? new URLSearchParams(fragment) : undefined;
}

/** The fragment that opens the search page on a query: "#q=…", or "" for no words. */
export function queryFragment(q: string): string {
  const words = q.trim();
  return toFragment(new URLSearchParams(words ? { q: words } : {}));
}

/**
 * A search result's address: the page, with the words to mark on it in the fragment (the page
 * then scrolls to the first of them). A result that opens at one place on its page, a glossary
 * term's entry, gets that place's id instead, `/glossary/#dsl`: the browser opens there itself.
 */
export function resultAddress(url: string, words: readonly string[], anchor?: string): string {
  if (anchor) return `${url.split('#')[0]!}#${encodeURIComponent(anchor)}`;
  const params = new URLSearchParams();
  for (const word of new Set(words.map((w) => w.trim()).filter(Boolean))) params.append(HIGHLIGHT_PARAM, word);
  return `${url.split('#')[0]!}${toFragment(params)}`;
}

/** The words a result's address asks the page to mark (none for an ordinary fragment). */
export function highlightWordsIn(hash: string): string[] {
  return fragmentParams(hash)?.getAll(HIGHLIGHT_PARAM).filter(Boolean) ?? [];
}
