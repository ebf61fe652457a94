/**
 * A small English stemmer, so that word forms match one another: "bruising", "bruised" and
 * "bruise"; "injuries" and "injury"; "schools" and "school". The site search gets this from
 * Pagefind's own stemmer; the threshold explorer filters in the page, without Pagefind, and uses
 * this one so that a word finds what it would find in the site search. The glossary's keyword
 * matching uses `singular` alone: there, only plurals count as the same name.
 *
 * It is deliberately light (plurals, -ing, -ed, a final -e or -y), never a dictionary: it only
 * has to give two forms of one word the same stem, and a stem is never shown to anyone.
 */

/** A light plural stemmer: "enquiries" -> "enquiry", "conferences" -> "conference", "LSPs" -> "lsp". */
export function singular(word: string): string {
  const length = word.length;
  if (length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  // A final "s", but not "ss", "us" or "is" ("address", "status", "analysis"). Character tests
  // rather than a regular expression: this runs for every word of every document in a build.
  if (length > 3 && word[length - 1] === 's' && !'sui'.includes(word[length - 2]!)) return word.slice(0, -1);
  return word;
}

const VOWEL = /[aeiouy]/;
const DOUBLE_TO_UNDO = /([bdfgmnprt])\1$/;

/**
 * The stem of one lower-case word: "bruising", "bruised", "bruises" and "bruise" all give
 * "bruis"; "injuries" and "injury" give "injur"; "schools" and "schooling" give "school";
 * "stopped" and "stopping" give "stop". Short words (four letters or fewer) are left as they
 * are, so "bed", "red" and "sing" keep their meaning.
 */
export function stem(word: string): string {
  let w = singular(word.toLowerCase());
  if (w.length <= 4) return w;
  for (const ending of ['ing', 'ed']) {
    const rest = w.slice(0, -ending.length);
    // Only where what is left is still a word with a vowel: "bring" and "shed" stay.
    if (w.endsWith(ending) && rest.length >= 3 && VOWEL.test(rest)) {
      w = DOUBLE_TO_UNDO.test(rest) ? rest.slice(0, -1) : rest;
      break;
    }
  }
  // A final "e" or "y" after a consonant: "bruise" and "bruis(ing)", "injury" and "injur(ies)".
  if (w.length > 3 && /[^aeiou][ey]$/.test(w)) w = w.slice(0, -1);
  return w;
}
