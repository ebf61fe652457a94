/**
 * Marks the searched words on a page opened from a search result. Result links carry the words
 * in the fragment (#highlight=word, see resultAddress), so they never reach the server; only such
 * a visit loads Pagefind's highlighter. Pagefind's highlighter reads its words from the query
 * string, so a small subclass reads them from the fragment instead. It runs without its inline
 * <style> (the site's Content Security Policy forbids one): the browser's own <mark> style shows it.
 *
 * On a long document the word may first appear far down: the page then scrolls to the first
 * mark, unless it is already in view or the person has scrolled the page themselves meanwhile.
 */
import { highlightWordsIn } from '../../lib/search/fragment.ts';
import { withBasePath } from '../base-path.ts';

interface HighlighterOptions {
  addStyles: boolean;
  markContext: string;
}
type HighlighterConstructor = new (options: HighlighterOptions) => { getHighlightParams(name: string): string[] };

export async function highlightSearchTerms(): Promise<void> {
  const module = (await import(/* @vite-ignore */ withBasePath('/pagefind/pagefind-highlight.js'))) as { default: HighlighterConstructor };
  // The constructor marks the words at once, asking getHighlightParams for them.
  class FragmentHighlighter extends module.default {
    override getHighlightParams(): string[] {
      return highlightWordsIn(window.location.hash);
    }
  }
  new FragmentHighlighter({ addStyles: false, markContext: '[data-pagefind-body]' });
  scrollToFirstMark();
}

function scrollToFirstMark(): void {
  if (window.scrollY > 0) return;
  const mark = document.querySelector<HTMLElement>('[data-pagefind-body] mark.pagefind-highlight');
  if (!mark) return;
  const box = mark.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  // At once, as opening a link at a place on a page does.
  mark.scrollIntoView({ block: 'center', behavior: 'instant' });
}
