/**
 * Acronyms and synonyms for search, driven by `content/glossary/`.
 *
 * Every glossary entry names one thing several ways: its term ("FII"), its expansion
 * ("Fabricated or induced illness") and the other words people use (`alsoKnownAs`). When a
 * document uses any one of those forms, the build gives the page all the others as search
 * keywords, so a search for the acronym finds documents written with the expansion and the other
 * way round. Nothing here is a hand-kept list: add a form to the glossary and every page that
 * uses the entry becomes findable by it on the next build.
 *
 * Forms found where the document is about something (its title, summary and tags) become strong
 * keywords; forms found only in the body become weak ones, so a page that mentions "LADO" once in
 * passing does not outrank the procedure written about allegations against staff.
 */
import { singular } from './stem.ts';

export interface GlossaryEntryForms {
  term: string;
  expansion?: string | undefined;
  alsoKnownAs?: readonly string[] | undefined;
}

interface Token {
  /** The word as written, to tell an acronym ("ACE", "SMART") from an ordinary word. */
  raw: string;
  lower: string;
  /** The lower-case word without a plural ending, so "enquiries" matches "enquiry". */
  stem: string;
}

interface Form {
  text: string;
  tokens: Token[];
  /** Written like an acronym: two or more capitals, e.g. "DNA", "CAMHs", "SMART". */
  acronym: boolean;
  /** The search page recognises this name in a query (recognisedInQueries). */
  recognised: boolean;
}

export interface GlossaryMatcher {
  entries: { forms: Form[] }[];
  /** Entry indexes by the lower-case first word of each form, so matching is one pass over the text. */
  byFirstWord: Map<string, { entry: number; form: Form }[]>;
}

/** What separates words: splitting on it is faster than matching each word (docs/performance.md). */
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Each distinct word's token, kept for the build: a document's body repeats the same few
 * thousand words, and every page's body is split here (see docs/performance.md, render step).
 */
const tokenOf = new Map<string, Token>();

/** Splits text into words, dropping punctuation and Markdown or MDX syntax around them. */
export function words(text: string): Token[] {
  const tokens: Token[] = [];
  for (const raw of text.split(NOT_WORD)) {
    if (!raw) continue;
    let token = tokenOf.get(raw);
    if (!token) {
      const lower = raw.toLowerCase();
      token = { raw, lower, stem: singular(lower) };
      tokenOf.set(raw, token);
    }
    tokens.push(token);
  }
  return tokens;
}

const looksLikeAcronym = (text: string) => (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/\s/.test(text.trim());

/** All the names of one glossary entry, term first, without repeats (case-insensitive). */
export function formsOf(entry: GlossaryEntryForms): string[] {
  const seen = new Set<string>();
  const forms: string[] = [];
  for (const form of [entry.term, entry.expansion, ...(entry.alsoKnownAs ?? [])]) {
    const text = form?.trim();
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    forms.push(text);
  }
  return forms;
}

export function glossaryMatcher(entries: readonly GlossaryEntryForms[]): GlossaryMatcher {
  const matcher: GlossaryMatcher = { entries: [], byFirstWord: new Map() };
  entries.forEach((entry, index) => {
    const forms = formsOf(entry)
      .map((text): Form => ({ text, tokens: words(text), acronym: looksLikeAcronym(text), recognised: recognisedInQueries(text) }))
      .filter((form) => form.tokens.length > 0);
    matcher.entries.push({ forms });
    for (const form of forms) {
      const key = form.tokens[0]!.stem;
      const list = matcher.byFirstWord.get(key) ?? [];
      list.push({ entry: index, form });
      matcher.byFirstWord.set(key, list);
    }
  });
  return matcher;
}

/**
 * A form matches where its words appear in order. An acronym-like form ("ACE", "PREVENT") only
 * matches a word also written in capitals, so the verb "prevent" or the word "ace" in ordinary
 * prose does not pull in the glossary entry.
 */
function formMatchesAt(form: Form, text: Token[], at: number): boolean {
  return form.tokens.every((token, offset) => {
    const word = text[at + offset];
    if (!word || word.stem !== token.stem) return false;
    return !form.acronym || looksLikeAcronym(word.raw);
  });
}

/** The indexes of the glossary entries whose term, expansion or other names appear in the text. */
export function entriesUsedIn(text: string, matcher: GlossaryMatcher): Set<number> {
  const found = new Set<number>();
  const tokens = words(text);
  for (let at = 0; at < tokens.length; at++) {
    const candidates = matcher.byFirstWord.get(tokens[at]!.stem);
    if (!candidates) continue;
    for (const candidate of candidates) {
      if (!found.has(candidate.entry) && formMatchesAt(candidate.form, tokens, at)) found.add(candidate.entry);
    }
  }
  return found;
}

export interface SearchKeywords {
  /** Other names of what the title itself names ("s47" for "Section 47 enquiries"): ranked like the title. */
  aliases: string[];
  /** Tags and the glossary names of what the summary or tags mention: ranked highly. */
  strong: string[];
  /** The glossary terms (and single-word names) of what only the body mentions: ranked low. */
  weak: string[];
}

/**
 * The search keywords for one page: `title` and `summary` say what the page is about, `tags` are
 * the editor's own search words, `body` is the rest of the text. Each name appears at the
 * strongest level it qualifies for and nowhere else.
 */
export function searchKeywords(
  page: { title: string; summary: string; tags?: readonly string[]; body: string },
  matcher: GlossaryMatcher,
): SearchKeywords {
  const tags = [...(page.tags ?? [])];
  const titleEntries = entriesUsedIn(page.title, matcher);
  const aboutEntries = entriesUsedIn([page.summary, ...tags].join(' \n '), matcher);
  const bodyEntries = entriesUsedIn(page.body, matcher);
  const namesOf = (entries: Iterable<number>, all = true) =>
    [...entries]
      .sort((a, b) => a - b)
      .flatMap((i) => matcher.entries[i]!.forms.filter((form, at) => all || at === 0 || !form.recognised).map((f) => f.text));
  const taken = new Set<string>(words(page.title).length ? [page.title.toLowerCase()] : []);
  const take = (list: string[]) =>
    list.filter((item) => {
      const key = item.toLowerCase();
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    });
  const aliases = take(namesOf(titleEntries));
  const strong = take([...tags, ...namesOf(aboutEntries)]);
  // For what the body only mentions, the term and the single words the search page cannot
  // recognise in a query are enough: it searches any other name as the term. This keeps each
  // page's search metadata, which Pagefind sends with every result, small.
  const weak = take(namesOf(bodyEntries, false));
  return { aliases, strong, weak };
}

/* ------------------------------------------------------------------ the query side */

/**
 * Glossary names a query may contain, each pointing to its entry's term: "multi-agency risk
 * assessment conference" -> "MARAC". Only names of two or more words, or names written as
 * acronyms, are kept: a single ordinary word ("children") says too little to add a term for.
 * Keys are lower-case words joined by single spaces.
 */
export function glossaryQueryMap(entries: readonly GlossaryEntryForms[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const entry of entries) {
    const term = entry.term.trim();
    for (const form of formsOf(entry)) {
      const tokens = words(form);
      if (form.toLowerCase() === term.toLowerCase() || !recognisedInQueries(form)) continue;
      const key = tokens.map((t) => t.lower).join(' ');
      map[key] ??= term;
    }
  }
  return map;
}

/** Names the search page recognises in a query and searches as their term (see below). */
const recognisedInQueries = (form: string) => words(form).length >= 2 || looksLikeAcronym(form);

/** The longest glossary name, in words, worth looking for in a query. */
const LONGEST_NAME = 8;

/**
 * Finds glossary names in a query and swaps each for its entry's term: "multi-agency risk
 * assessment conference" is searched as "MARAC". The build gave every page that uses any name of
 * an entry the term as a keyword, so the term finds the same pages as the name, and an acronym
 * and its expansion rank pages alike. `rest` is the query without the recognised names.
 */
export function recogniseGlossaryNames(query: string, map: Readonly<Record<string, string>>): { rest: string; terms: string[] } {
  const tokens = [...query.matchAll(WORD)].map((m) => ({ lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const terms: string[] = [];
  let rest = '';
  let copied = 0;
  for (let start = 0; start < tokens.length; start++) {
    for (let end = Math.min(tokens.length, start + LONGEST_NAME); end > start; end--) {
      const term =
        map[
          tokens
            .slice(start, end)
            .map((t) => t.lower)
            .join(' ')
        ];
      if (!term) continue;
      if (!terms.includes(term)) terms.push(term);
      rest += `${query.slice(copied, tokens[start]!.start)} `;
      copied = tokens[end - 1]!.end;
      start = end - 1;
      break;
    }
  }
  rest += query.slice(copied);
  return { rest: rest.replace(/\s+/g, ' ').trim(), terms };
}
