/**
 * The header search box (src/components/search/SearchWarmup.astro, the form in SiteHeader.astro):
 * the first focus or keypress fetches Pagefind (entry, WebAssembly and index metadata) so the
 * search page answers at once; nothing under /pagefind/ is fetched on a page load before that.
 * Without JavaScript the box is a plain GET form to /search/; with it, the form opens the search
 * page with the words in the address's fragment, which the browser never sends to the server
 * (src/lib/search/fragment.ts).
 *
 * A page opened from a search result (#highlight=word) also loads Pagefind's highlighter to mark
 * the word in the page's indexed part, the element carrying `data-pagefind-body`.
 */
import { highlightWordsIn, queryFragment } from '../../lib/search/fragment.ts';
import { enhance } from '../enhance.ts';

enhance('data-site-search', (element) => {
  const form = element as HTMLFormElement;
  const box = form.querySelector<HTMLInputElement>('#site-search-input');
  if (!box) return;
  const warm = () => {
    box.removeEventListener('focus', warm);
    box.removeEventListener('input', warm);
    void import('./warm.ts').then((module) => module.warm());
  };
  box.addEventListener('focus', warm);
  box.addEventListener('input', warm);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const search = new URL(form.action);
    search.hash = queryFragment(box.value);
    window.location.assign(search.href);
  });
});

// Arriving from a search result: mark the searched words on this page.
enhance('data-pagefind-body', () => {
  if (highlightWordsIn(location.hash).length) {
    void import('./highlight-page.ts').then((module) => module.highlightSearchTerms());
  }
});
