/**
 * The threshold explorer's words and its address bar, kept apart from the page script so they
 * can be unit tested. The explorer is sensitive: a practitioner ticks what they know about a
 * real child. So the only state that ever reaches the address is the filters (words, domain,
 * level); nothing here can put a selection into a URL, and no selection is stored or sent.
 */

import { THRESHOLD_LEVELS } from '../content/vocabulary.ts';
import { wordMatcher } from '../search/word-match.ts';

export { wordMatcher };

export interface ExplorerFilters {
  /** Words that must all appear, in some form, in an indicator's text or area; empty for no word filter. */
  words: string;
  /** An Assessment Framework domain id, or '' for every domain. */
  domain: string;
  /** A level from 1 to 4, or null for every level. */
  level: number | null;
}

export const NO_FILTERS: ExplorerFilters = { words: '', domain: '', level: null };

/** The query keys the explorer owns. Nothing else is ever written to the address. */
export const FILTER_KEYS = { words: 'q', domain: 'domain', level: 'level' } as const;

/**
 * Filters from a query string such as `?q=bruise&domain=parenting-capacity&level=4`. Unknown
 * domains and levels are ignored rather than trusted, so a mistyped or tampered link shows
 * everything instead of nothing.
 */
export function filtersFromSearch(search: string, domains: readonly string[]): ExplorerFilters {
  const params = new URLSearchParams(search);
  const domain = params.get(FILTER_KEYS.domain) ?? '';
  const level = Number(params.get(FILTER_KEYS.level));
  return {
    words: (params.get(FILTER_KEYS.words) ?? '').trim(),
    domain: domains.includes(domain) ? domain : '',
    level: (THRESHOLD_LEVELS as readonly number[]).includes(level) ? level : null,
  };
}

/**
 * The query string for some filters: only the keys that are set, in a fixed order, or '' when
 * there are none. Other parameters already in the address are kept as they are.
 */
export function searchFromFilters(filters: ExplorerFilters, current = ''): string {
  const params = new URLSearchParams(current);
  for (const key of Object.values(FILTER_KEYS)) params.delete(key);
  const words = filters.words.trim();
  if (words) params.set(FILTER_KEYS.words, words);
  if (filters.domain) params.set(FILTER_KEYS.domain, filters.domain);
  if (filters.level !== null) params.set(FILTER_KEYS.level, String(filters.level));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether any filter is set. */
export function hasFilters(filters: ExplorerFilters): boolean {
  return filters.words.trim() !== '' || filters.domain !== '' || filters.level !== null;
}

/**
 * Whether an indicator passes the explorer's filters: its words, matched the way the site search
 * matches them (wordMatcher: any form of each word, in the text or the area), domain and level.
 */
export function matchesExplorerFilters(
  indicator: { text: string; area: string; domain: string; level: number },
  filters: ExplorerFilters,
  matchWords: (text: string) => boolean = wordMatcher(filters.words),
): boolean {
  if (filters.domain && indicator.domain !== filters.domain) return false;
  if (filters.level !== null && indicator.level !== filters.level) return false;
  return matchWords(`${indicator.text} ${indicator.area}`);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c" */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The sentence the live region reads after each change of filter, e.g.
 * "Showing 7 of 124 indicators: 2 at level 1, 0 at level 2, 1 at level 3 and 4 at level 4."
 */
export function countSentence(counts: Record<1 | 2 | 3 | 4, number>, total: number, filters: ExplorerFilters): string {
  const shown = THRESHOLD_LEVELS.reduce((sum, level) => sum + counts[level], 0);
  if (!hasFilters(filters)) return `Showing all ${plural(total, 'indicator', 'indicators')}.`;
  if (shown === 0) return `No indicators match your filters (0 of ${total}). Try fewer or different words, or clear the filters.`;
  const levels = filters.level === null ? THRESHOLD_LEVELS : THRESHOLD_LEVELS.filter((l) => l === filters.level);
  return `Showing ${shown} of ${plural(total, 'indicator', 'indicators')}: ${listInWords(levels.map((l) => `${counts[l]} at level ${l}`))}.`;
}

export interface SelectionSummary {
  /** The highest level among the selections, or null with nothing selected. */
  highest: number | null;
  /** Which levels the selections fall in, e.g. "You have ticked 3 indicators: 1 at level 2 and 2 at level 4." */
  breakdown: string;
  /** The level the selections reach, worded as something to weigh, never as a decision. */
  headline: string;
  /** The short sentence for the screen reader live region after each tick. */
  announcement: string;
}

/** The reminder that goes with every summary: the explorer supports judgement, it never decides. */
export const JUDGEMENT_REMINDER =
  'This does not decide the level: use your professional judgement and discuss with your designated safeguarding lead before you act.';

/**
 * What a set of ticked indicators amounts to. `levelNames` gives each level's name for the
 * headline, e.g. { 4: 'Specialist and statutory' }.
 */
export function summariseSelection(selectedLevels: readonly number[], levelNames: Readonly<Record<number, string>>): SelectionSummary {
  if (selectedLevels.length === 0) {
    return {
      highest: null,
      breakdown: 'You have not ticked any indicators.',
      headline: '',
      announcement: 'No indicators ticked.',
    };
  }
  const highest = Math.max(...selectedLevels);
  const levelsUsed = THRESHOLD_LEVELS.filter((l) => selectedLevels.includes(l));
  const perLevel = levelsUsed.map((l) => `${selectedLevels.filter((s) => s === l).length} at level ${l}`);
  const name = levelNames[highest] ? ` (${levelNames[highest]})` : '';
  return {
    highest,
    breakdown: `You have ticked ${plural(selectedLevels.length, 'indicator', 'indicators')}: ${listInWords(perLevel)}.`,
    headline: `Your selections include indicators at level ${highest}${name}.`,
    announcement: `${plural(selectedLevels.length, 'indicator', 'indicators')} ticked. The highest level among them is level ${highest}.`,
  };
}
