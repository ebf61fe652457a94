/**
 * The glossary's filter-as-you-type box: enhances the element carrying `data-glossary-filter`
 * (hidden until now, so without JavaScript the page is the letter index and the full list).
 * Each term is matched by its names (term, full name and other names), word by word and in any
 * form, as the site search matches words (wordMatcher). Letters with no matching term hide with
 * their link in the letter index; a polite live region says how many terms show, after a pause.
 */
import { wordMatcher } from '../../lib/search/word-match.ts';
import { enhance } from '../enhance.ts';

const ANNOUNCE_DELAY_MS = 500;

enhance('data-glossary-filter', (box) => {
  const input = box.querySelector<HTMLInputElement>('[data-glossary-filter-input]')!;
  const count = box.querySelector<HTMLElement>('[data-glossary-filter-count]')!;
  const none = document.querySelector<HTMLElement>('[data-glossary-none]');
  const entries = [...document.querySelectorAll<HTMLElement>('[data-glossary-entry]')].map((element) => ({
    element,
    names: `${element.querySelector('dt')?.textContent ?? ''} ${(element.querySelector('.glossary__aka')?.textContent ?? '').replace(/^\s*Also called:/, '')}`,
  }));
  const letters = [...document.querySelectorAll<HTMLElement>('[data-glossary-letter]')].map((section) => ({
    section,
    link: document.querySelector<HTMLElement>(`[data-glossary-letter-link="${CSS.escape(section.dataset.glossaryLetter ?? '')}"]`),
  }));
  const total = entries.length;
  let announce: number | undefined;

  function apply() {
    const matches = wordMatcher(input.value);
    let shown = 0;
    for (const entry of entries) {
      const match = matches(entry.names);
      entry.element.hidden = !match;
      if (match) shown++;
    }
    for (const { section, link } of letters) {
      const empty = !section.querySelector('[data-glossary-entry]:not([hidden])');
      section.hidden = empty;
      if (link) link.hidden = empty;
    }
    if (none) none.hidden = shown > 0;
    const sentence = input.value.trim() ? `Showing ${shown} of ${total} terms.` : '';
    window.clearTimeout(announce);
    announce = window.setTimeout(() => (count.textContent = sentence), ANNOUNCE_DELAY_MS);
  }

  input.addEventListener('input', apply);
  // Enter in the box filters; it never submits anything anywhere.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') event.preventDefault();
  });
  box.hidden = false;
  // A value the browser kept from before (Back to this page) filters at once.
  if (input.value) apply();
});
