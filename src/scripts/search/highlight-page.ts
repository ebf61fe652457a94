/**
 * Marks the searched words on a page opened from a search result. Result links carry the words
 * in the fragment (#highlight=word, see resultAddress), so they never reach the server; only such
 * a visit loads Pagefind's highlighter. Pagefind's highlighter reads its words from the query
 * string, so a small subclass reads them from the fragment instead. It runs without its inline
 * <style> (the site's Content Security Policy forbids one): the browser's own <mark> style shows it.
 */
import { highlightWordsIn } from '../../lib/search/fragment.ts';

interface HighlighterOptions {
  addStyles: boolean;
  markContext: string;
}
type HighlighterConstructor = new (options: HighlighterOptions) => { getHighlightParams(name: string): string[] };

export async function highlightSearchTerms(): Promise<void> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as { default: HighlighterConstructor };
  // The constructor marks the words at once, asking getHighlightParams for them.
  class FragmentHighlighter extends module.default {
    override getHighlightParams(): string[] {
      return highlightWordsIn(window.location.hash);
    }
  }
  new FragmentHighlighter({ addStyles: false, markContext: '[data-pagefind-body]' });
}
