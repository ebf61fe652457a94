/**
 * Ranks pages for a query of several words from one Pagefind search per word.
 *
 * Pagefind answers a query of several words with only the pages that contain every word, which
 * loses the right page when a person asks in their own words ("bruise on a 3 month old": the
 * bruising procedure says "months", never "3 month old"). Searching each word on its own and
 * adding the scores is the usual "best match" model: a page that matches more of the words ranks
 * higher (the coordination factor), and a page that matches one rare word strongly can still
 * beat a page that matches several common ones weakly.
 */

export interface Hit {
  id: string;
  score: number;
}

/** One search per term; for a term with spelling variants, one list per variant. */
export type TermHits = Hit[][];

export interface RankedPage {
  id: string;
  score: number;
  /** How many of the query's terms the page matched. */
  matched: number;
  /** The term whose match scored highest, to choose the excerpt shown. */
  bestTerm: number;
}

/**
 * How much matching every word matters. With 2, a page matching 2 of 3 words keeps 4/9 of its
 * score; a page matching all three keeps all of it.
 */
export const COORDINATION_POWER = 0;

export function combineTermHits(terms: TermHits[], power = COORDINATION_POWER): RankedPage[] {
  // A word no page contains (a typo, a word the site never uses) cannot tell pages apart, so it
  // does not count against the pages that match the rest.
  const isKnown = (variants: Hit[][]) => variants.some((hits) => hits.length > 0);
  const pages = new Map<string, { score: number; matched: number; bestTerm: number; best: number }>();
  terms.forEach((variants, term) => {
    if (!isKnown(variants)) return;
    // A page found by several spellings of one word counts once, at its best.
    const best = new Map<string, number>();
    for (const hits of variants) for (const hit of hits) best.set(hit.id, Math.max(best.get(hit.id) ?? 0, hit.score));
    for (const [id, score] of best) {
      const page = pages.get(id) ?? { score: 0, matched: 0, bestTerm: term, best: -1 };
      page.score += score;
      page.matched += 1;
      if (score > page.best) Object.assign(page, { best: score, bestTerm: term });
      pages.set(id, page);
    }
  });
  const total = terms.filter(isKnown).length;
  return [...pages]
    .map(([id, page]) => ({ id, score: page.score * (page.matched / total) ** power, matched: page.matched, bestTerm: page.bestTerm }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** The indexes (into the original term list) of terms that no page matched. */
export function unmatchedTerms(terms: TermHits[]): number[] {
  return terms.flatMap((variants, index) => (variants.some((hits) => hits.length > 0) ? [] : [index]));
}
