/**
 * The theme filter on the briefings index (src/components/BriefingThemeFilter.astro): enhances the
 * element carrying `data-theme-filter`, hidden until now, so without JavaScript the page is the
 * theme links and the grouped lists. Choosing a theme hides the other themes' sections
 * (`data-theme-section`) and keeps the choice in the address (`?theme=`), the same address each
 * briefing's theme links to.
 */
import { searchWithTheme, themeCountSentence, themeFromSearch } from '../../lib/briefings/themes.ts';
import { enhance } from '../enhance.ts';

// Not a form: nothing is submitted, the choice applies as it is made.
enhance('data-theme-filter', (filter) => {
  const select = filter.querySelector('select')!;
  const count = filter.querySelector<HTMLElement>('[data-theme-count]')!;
  const sections = [...document.querySelectorAll<HTMLElement>('[data-theme-section]')];
  const themes = sections.map((s) => s.dataset.themeSection ?? '');
  const total = document.querySelectorAll('[data-theme-section] .doc-list__item').length;

  const apply = (theme: string, announce: boolean) => {
    let shown = 0;
    for (const section of sections) {
      section.hidden = theme !== '' && section.dataset.themeSection !== theme;
      if (!section.hidden) shown += section.querySelectorAll('.doc-list__item').length;
    }
    if (announce) count.textContent = themeCountSentence(shown, total, theme);
    const search = searchWithTheme(theme, location.search);
    if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  };

  // The select does what the theme links do without JavaScript, so it replaces them.
  document.querySelector<HTMLElement>('.theme-nav')?.toggleAttribute('hidden', true);
  filter.hidden = false;
  select.value = themeFromSearch(location.search, themes);
  apply(select.value, select.value !== '');
  select.addEventListener('change', () => apply(select.value, true));
});
