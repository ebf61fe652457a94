/**
 * Filtering a list in the page by words, as the threshold explorer and the glossary do, with the
 * site search's idea of a word: its query splitting and small words (query.ts), its spelling
 * variants, and word forms (stem.ts) where Pagefind uses its own stemmer.
 */
import { queryTerms, queryWords } from './query.ts';
import { stem } from './stem.ts';

/**
 * A test for a filter-as-you-type box, matching words the way the site search does: the query
 * is split into words and small function words are dropped (queryTerms, as the search page
 * does), and each remaining word must appear in the text in some form:
 * "bruising" finds "bruise" and "bruised", "injuries" finds "injury", "schools" finds "school",
 * and an American spelling finds the British one. A word typed in part ("bruis") still finds the
 * words it begins, as it always has. No words: everything matches.
 */
export function wordMatcher(words: string): (text: string) => boolean {
  const terms = queryTerms(words).map((term) => term.variants.map((variant) => ({ typed: variant, stem: stem(variant) })));
  if (!terms.length) return () => true;
  return (text) => {
    const textWords = wordsOf(text);
    return terms.every((variants) =>
      variants.some(({ typed, stem: wanted }) => textWords.some((word) => word.startsWith(typed) || stem(word) === wanted)),
    );
  };
}

/** The words of a text as queryWords splits them, and the parts of hyphenated ones ("co-sleeping"). */
const wordsOf = (text: string) => queryWords(text).flatMap((word) => (/[.'’-]/.test(word) ? [word, ...word.split(/[.'’-]+/)] : [word]));
