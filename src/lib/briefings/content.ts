/**
 * The number of each of the seven sections of a 7-minute briefing, worked out from the heading
 * id so the page can print it as real text (read by screen readers, kept in print) rather than
 * as a CSS counter. Build-time only; the browser never needs it.
 */
import { slug } from 'github-slugger';
import { BRIEFING_SECTIONS } from '../content/vocabulary.ts';
import { REFLECTIVE_SECTION } from './sections.ts';

/** The heading id Astro gives each section, in order (Astro slugs headings with github-slugger). */
const SECTION_IDS: readonly string[] = BRIEFING_SECTIONS.map((heading) => slug(heading));

/** The heading id of the team discussion section, for links such as "discuss section 5". */
export const REFLECTIVE_SECTION_ID = slug(REFLECTIVE_SECTION);

/**
 * The number (1 to 7) of the briefing section whose heading has this id, or null for a heading
 * that is not one of the seven (the checker refuses those, but a page should never crash on one).
 */
export function sectionNumber(id: string | undefined): number | null {
  const index = id ? SECTION_IDS.indexOf(id) : -1;
  return index === -1 ? null : index + 1;
}

/** The number of the reflective section, e.g. 5. */
export const REFLECTIVE_SECTION_NUMBER = BRIEFING_SECTIONS.indexOf(REFLECTIVE_SECTION) + 1;
