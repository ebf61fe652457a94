/**
 * Threshold indicators grouped the way the matrix shows them, and the sums the explorer needs.
 */
import type { ThresholdIndicator } from '../content/schema.ts';
import type { SocialCareAction } from '../content/vocabulary.ts';

/**
 * What an indicator whose procedure always needs social care says, whatever its level: the
 * reader never has to open the procedure to learn that consent is not the deciding question.
 */
export const SOCIAL_CARE_TEXT: Record<SocialCareAction, string> = {
  refer: "Always refer to children's social care, as the procedure says, whatever the level and without waiting for consent.",
  notify: "Always tell (notify) children's social care, as the procedure says, whatever the level and whether or not the family agrees.",
};

export type Indicator = ThresholdIndicator & { id: string };

/** level -> domain -> indicators, each list in the order the data gives. */
export function groupIndicators<T extends Indicator>(indicators: readonly T[]): Map<number, Map<string, T[]>> {
  const byLevel = new Map<number, Map<string, T[]>>();
  for (const indicator of indicators) {
    const byDomain = byLevel.get(indicator.level) ?? new Map<string, T[]>();
    byDomain.set(indicator.domain, [...(byDomain.get(indicator.domain) ?? []), indicator]);
    byLevel.set(indicator.level, byDomain);
  }
  return byLevel;
}

/** How many of `indicators` sit at each level 1 to 4. */
export function countByLevel(indicators: readonly { level: number }[]): Record<1 | 2 | 3 | 4, number> {
  const counts = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const { level } of indicators) counts[level as 1 | 2 | 3 | 4]++;
  return counts;
}

/** The highest level among selected indicators, or null when nothing is selected. */
export function highestLevel(selected: readonly { level: number }[]): number | null {
  return selected.length ? Math.max(...selected.map((s) => s.level)) : null;
}
