/**
 * Marks the searched words on a page opened from a search result. Result links carry the word as
 * ?highlight= (Pagefind's `highlightParam`); only such a visit loads Pagefind's highlighter, and
 * without its inline <style> (the site's Content Security Policy forbids one): the browser's own
 * <mark> colours show it.
 */
import { HIGHLIGHT_PARAM } from '../../lib/search/options.ts';

interface HighlighterConstructor {
  new (options: { highlightParam: string; addStyles: boolean; markContext: string }): unknown;
}

export async function highlightSearchTerms(): Promise<void> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as { default: HighlighterConstructor };
  new module.default({ highlightParam: HIGHLIGHT_PARAM, addStyles: false, markContext: '[data-pagefind-body]' });
}
