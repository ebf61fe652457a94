import { BRIEFING_SECTIONS, type BriefingSection } from '../content/vocabulary.ts';

/** The section whose questions the page presents for a team discussion. */
export const REFLECTIVE_SECTION: BriefingSection = 'Questions for your team';

/**
 * Compares a briefing's level-2 headings with the required seven. Returns a message for the
 * first difference, or null when they match exactly.
 */
export function briefingSectionProblem(headings: readonly string[]): string | null {
  for (let i = 0; i < BRIEFING_SECTIONS.length; i++) {
    const expected = BRIEFING_SECTIONS[i];
    const found = headings[i];
    if (found === undefined) {
      return `section ${i + 1} "${expected}" is missing: a briefing has these seven "## " headings in order: ${BRIEFING_SECTIONS.join('; ')}`;
    }
    if (found.trim() !== expected) {
      return `section ${i + 1} should be headed "${expected}" but is "${found}": a briefing has these seven "## " headings in order: ${BRIEFING_SECTIONS.join('; ')}`;
    }
  }
  if (headings.length > BRIEFING_SECTIONS.length) {
    return `has ${headings.length} "## " sections; a briefing has exactly seven: ${BRIEFING_SECTIONS.join('; ')}`;
  }
  return null;
}
