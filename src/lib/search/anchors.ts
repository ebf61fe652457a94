/**
 * Where on its page a search result should open. Pagefind records every element with an id in
 * a page as an anchor (its element name, id and the word number it starts at) and each match as
 * a word number with a weight. On the glossary, one long page, each term's entry has an id (its
 * id in content/glossary/): a glossary result opens at the entry that holds the best match,
 * `/glossary/#dsl`, rather than at the top of the page. Headings (the letter headings) are not
 * entries.
 */

export interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
}

export interface WeightedLocation {
  weight: number;
  location: number;
}

const isHeading = (anchor: PagefindAnchor) => /^h\d$/i.test(anchor.element);

/** The best-weighted match (the first of equals), or undefined when the page matched only in its metadata. */
export function bestLocation(locations: readonly WeightedLocation[]): number | undefined {
  let best: WeightedLocation | undefined;
  for (const location of locations) if (!best || location.weight > best.weight) best = location;
  return best?.location;
}

/** The entry (an anchor that is not a heading) holding the page's best match, if any. */
export function entryAnchor(anchors: readonly PagefindAnchor[], locations: readonly WeightedLocation[]): PagefindAnchor | undefined {
  const at = bestLocation(locations);
  if (at === undefined) return undefined;
  let found: PagefindAnchor | undefined;
  for (const anchor of anchors) {
    if (anchor.location > at) continue;
    if (!found || anchor.location >= found.location) found = anchor;
  }
  return found && !isHeading(found) && found.id ? found : undefined;
}

/**
 * The words of one entry, for its excerpt: from the entry's first word up to the next anchor,
 * at most `length` words, each with whether it matched. `words` is the page's text split at
 * white space, which is how Pagefind numbers words.
 */
export function entryWords(
  words: readonly string[],
  anchors: readonly PagefindAnchor[],
  entry: PagefindAnchor,
  matched: ReadonlySet<number>,
  length = 40,
): { word: string; matched: boolean }[] {
  const next =
    anchors
      .map((a) => a.location)
      .filter((location) => location > entry.location)
      .sort((a, b) => a - b)[0] ?? words.length;
  const end = Math.min(next, entry.location + length);
  const out: { word: string; matched: boolean }[] = [];
  for (let at = entry.location; at < end; at++) if (words[at] !== undefined) out.push({ word: words[at]!, matched: matched.has(at) });
  return out;
}
