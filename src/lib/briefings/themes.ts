/**
 * The theme filter on the briefings index (`/briefings/?theme=Neglect`). Used by the page at
 * build time and by its filter script in the browser, so it imports nothing.
 */

/** A theme's id for anchors on the index page: "Babies and infants" -> "babies-and-infants". */
export function themeSlug(theme: string): string {
  return theme
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The theme named in `?theme=`, if it is one of `themes` (matched without regard to case); else ''. */
export function themeFromSearch(search: string, themes: readonly string[]): string {
  const wanted = new URLSearchParams(search).get('theme')?.trim().toLowerCase() ?? '';
  return themes.find((theme) => theme.toLowerCase() === wanted) ?? '';
}

/** The query string with `theme` set (or removed when empty), keeping any other parameters. */
export function searchWithTheme(theme: string, current = ''): string {
  const params = new URLSearchParams(current);
  if (theme) params.set('theme', theme);
  else params.delete('theme');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The live region's words after the theme filter changes. */
export function themeCountSentence(shown: number, total: number, theme: string): string {
  const briefings = (n: number) => `${n} ${n === 1 ? 'briefing' : 'briefings'}`;
  return theme ? `Showing ${briefings(shown)} about ${theme}, of ${total}.` : `Showing all ${briefings(total)}.`;
}
