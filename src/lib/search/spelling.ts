/**
 * "Did you mean": when a word of the query matches nothing, the closest word the site uses.
 * The vocabulary is built from the documents at build time (`/search/vocabulary.json`) and
 * fetched only when a word has no match, so most searches never load it.
 */

/** Damerau–Levenshtein distance (with adjacent swaps), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (i > 0 && rowMin > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Short words allow one slip, longer words two. */
export const allowedDistance = (word: string) => (word.length <= 4 ? 1 : 2);

/**
 * The best correction for a word: the fewest edits, then the word most documents use.
 * `vocabulary` maps each word to the number of documents that use it.
 */
export function suggestSpelling(word: string, vocabulary: Readonly<Record<string, number>>): string | undefined {
  const typed = word.toLowerCase();
  if (typed.length < 3 || /\d/.test(typed) || typed in vocabulary) return undefined;
  const limit = allowedDistance(typed);
  let best: { word: string; distance: number; uses: number } | undefined;
  for (const [candidate, uses] of Object.entries(vocabulary)) {
    const distance = editDistance(typed, candidate, limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && uses > best.uses)) best = { word: candidate, distance, uses };
  }
  return best?.word;
}

/** Words worth offering as corrections: letters only, at least three of them. */
export function vocabularyWords(text: string): Set<string> {
  // match() with the global flag gives the words as strings, without a match object for each:
  // this runs over every document's text in a build.
  return new Set(text.toLowerCase().match(/\p{L}{3,}/gu));
}
