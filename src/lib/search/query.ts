/**
 * Turns what a person types into search terms. Pagefind matches every word of a query (AND), so a
 * question such as "who do I call in Rutland out of hours" would only find pages containing
 * "who", "do" and "I" as well. Here the query is split into words, small function words are
 * dropped, and each remaining word carries its spelling variants so that an American spelling
 * ("behavior", "pediatric") finds the British text and the other way round.
 */

export interface QueryTerm {
  /** The word as the person typed it, lower-cased. */
  text: string;
  /** Spellings to search for, the typed one first. */
  variants: string[];
}

/** Words that say nothing about the subject of a question. "not", "out", "need" and "help" stay: they do. */
export const STOP_WORDS = new Set(
  `a an the and or but if of in on at to for from by with about as into onto than then so too very just also
   is are was were be been being am do does did doing have has had i im i'm me my we our us you your he she him her his
   they them their it its it's this that these those there here what whats what's which who whom whose when where why how
   can could should would will shall may might must please any some get got tell know find want someone something`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu;

/** The words of a query, lower-cased, without surrounding punctuation or a trailing "'s". */
export function queryWords(query: string): string[] {
  return [...query.normalize('NFC').matchAll(WORD)].map(([word]) => word.toLowerCase().replace(/’/g, "'").replace(/'s$/, ''));
}

/**
 * The terms to search for, in the order typed, without repeats. A query of nothing but small
 * words ("who") is searched as typed, unless `orNothing` says other terms are searched anyway.
 */
export function queryTerms(query: string, options: { orNothing?: boolean } = {}): QueryTerm[] {
  const all = queryWords(query);
  const meaningful = all.filter((word) => !STOP_WORDS.has(word));
  const chosen = meaningful.length || options.orNothing ? meaningful : all;
  return [...new Set(chosen)].map((text) => ({ text, variants: spellingVariants(text) }));
}

/* ------------------------------------------------------------------ British and American spelling */

// Each rule is [American pattern, British replacement]. Patterns are anchored to whole words and
// written from the stems, so "doctor" or "size" are left alone. Pagefind already matches the
// start of a word, so "program" finds "programme" without a rule.
const US_TO_UK: [RegExp, string][] = [
  [
    /^(behavi|col|fav|hon|lab|neighb|harb|hum|rum|vig|endeav|flav|od|arm|vap|tum|sav|parl|clam|rig)or(s|ed|ing|al|ally|ist|ists|able|ably|ite|ites|hood|ful|less|ly)?$/,
    '$1our$2',
  ],
  [/^(\p{L}{3,})iz(e|es|ed|ing|er|ers|ation|ations|ational)$/u, '$1is$2'],
  [/^(anal|paral|catal|dial)yz(e|es|ed|ing)$/, '$1ys$2'],
  [
    /^(counsel|travel|label|cancel|model|signal|fuel|level|jewel|marshal|channel|total|enrol|fulfil|install)(ed|ing|er|ers|or|ors)$/,
    '$1l$2',
  ],
  [/^(cent|theat|fib|lit|somb|meag|sab|calib|spect)er(s)?$/, '$1re$2'],
  [/^(defen|offen|preten)se(s)?$/, '$1ce$2'],
  [/^ped(iatric|iatrics|iatrician|iatricians|ophile|ophiles|ophilia)$/, 'paed$1'],
  [/^(gr)ay(s|er|ish)?$/, '$1ey$2'],
  [/^(m|sm)old(s|ed|ing|y)?$/, '$1ould$2'],
  [/^aging$/, 'ageing'],
  [/^moms?$/, 'mum'],
  [/^fetus(es)?$/, 'foetus$1'],
];

// Greek and Latin "ae"/"oe" in medical words, which the NHS spells the British way.
const MEDICAL_AE: [RegExp, string][] = [
  [/^anesthe(.*)$/, 'anaesthe$1'],
  [/^anemi(.*)$/, 'anaemi$1'],
  [/^hem(at|or|og|ophil)(.*)$/, 'haem$1$2'],
  [/^leukemi(.*)$/, 'leukaemi$1'],
  [/^gynecolog(.*)$/, 'gynaecolog$1'],
  [/^orthoped(.*)$/, 'orthopaed$1'],
  [/^edema(s)?$/, 'oedema$1'],
  [/^diarrhea(l)?$/, 'diarrhoea$1'],
  [/^estrogen(s)?$/, 'oestrogen$1'],
  [/^esophag(.*)$/, 'oesophag$1'],
  [/^cesarean(s)?$/, 'caesarean$1'],
  [/^fe(ces|cal)$/, 'fae$1'],
];

const RULES = [...US_TO_UK, ...MEDICAL_AE];

/** The British spelling of an American-spelled word, or undefined when there is none. */
export function britishSpelling(word: string): string | undefined {
  for (const [pattern, replacement] of RULES) {
    if (pattern.test(word)) {
      const british = word.replace(pattern, replacement);
      if (british !== word) return british;
    }
  }
  return undefined;
}

/** The typed word and, when it has one, its British spelling. */
export function spellingVariants(word: string): string[] {
  const british = britishSpelling(word);
  return british ? [word, british] : [word];
}
