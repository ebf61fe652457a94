/**
 * Finds runs of words that a piece of our content shares with a source document. The content
 * rules say no run of ten words may be copied from the partnerships' published documents, so
 * this is how the rule is checked rather than trusted.
 */

/**
 * Lower-case words with punctuation and Markdown markup removed. Web addresses are dropped
 * first: citing the same gov.uk page as a seed is referencing, not copying.
 */
export function words(text: string): string[] {
  return text
    .replace(/(?:https?:\/\/|www\.)\S+/gi, ' ')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9'\s]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** Every run of `size` consecutive words, joined by single spaces. */
export function shingles(list: readonly string[], size: number): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + size <= list.length; i++) runs.add(list.slice(i, i + size).join(' '));
  return runs;
}

/** The runs of `size` words in `text` that also appear in `sources`. */
export function copiedRuns(text: string, sources: ReadonlySet<string>, size = 10): string[] {
  return [...shingles(words(text), size)].filter((run) => sources.has(run));
}
