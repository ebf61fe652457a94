/**
 * Reading grade: the Flesch-Kincaid grade level of a document's prose, which `npm run check`
 * prints as information (never a warning or an error). It is a rough guide to how hard the text
 * is to read: 0.39 x (words per sentence) + 11.8 x (syllables per word) - 15.59, roughly the
 * US school grade (add 5 for a reading age in years). The "At a glance" section that opens each
 * arrangements page is held to grade 9 or below by a unit test.
 *
 * The prose is the Markdown with its syntax taken out: frontmatter, heading markers, list
 * markers, table pipes, emphasis, code, images, HTML or JSX tags, and the addresses of links
 * (their text stays). A heading, a list item, a table cell or a paragraph is a sentence of its
 * own even without a full stop, as a reader takes it. Syllables are counted by `syllable`
 * (wooorm's English syllable counter); a number counts as a word of one syllable.
 */
import { syllable } from 'syllable';
import { splitFrontmatter } from '../../src/lib/content/files.ts';

export interface ReadingStats {
  words: number;
  sentences: number;
  syllables: number;
  /** The Flesch-Kincaid grade, to one decimal place; null when there are no words. */
  grade: number | null;
}

/** The text after its frontmatter, if it has one (a body that opens with a thematic break keeps it). */
const withoutFrontmatter = (markdown: string) => (/^---\r?\n[\w-]+:/.test(markdown) ? splitFrontmatter(markdown).body : markdown);

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const TABLE_ROW = /^\s*\|/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const BLOCKQUOTE = /^\s*>\s?/;
const THEMATIC_BREAK = /^\s*(?:[-*_]\s*){3,}$/;

/** Markdown inline syntax to plain text: links keep their text, images and addresses go. */
function plainInline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/<https?:[^>]*>/g, ' ') // autolinks
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ') // HTML or JSX tags
    .replace(/\bhttps?:\/\/\S+/g, ' ') // bare addresses
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_|~~)(?=\S)([^]*?\S)\1/g, '$2') // emphasis
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1') // escapes
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The prose of a Markdown (MDX) text as plain sentences, one block (heading, list item, table
 * cell, paragraph) after another, each ending with a full stop if it has no end punctuation.
 */
export function proseOf(markdown: string): string {
  const body = withoutFrontmatter(markdown);
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join(' '));
    paragraph = [];
  };
  let fenced = false;
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    if (!line.trim() || THEMATIC_BREAK.test(line) || TABLE_DELIMITER.test(line)) {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push(heading[2]!);
      continue;
    }
    if (TABLE_ROW.test(line)) {
      flush();
      blocks.push(...line.split('|'));
      continue;
    }
    const text = line.replace(BLOCKQUOTE, '');
    if (LIST_ITEM.test(text)) {
      flush();
      paragraph.push(text.replace(LIST_ITEM, ''));
      continue;
    }
    paragraph.push(text);
  }
  flush();
  return (
    blocks
      .map(plainInline)
      .filter((block) => /[\p{L}\p{N}]/u.test(block))
      // A block is a sentence of its own; a colon that introduces a list ends one too.
      .map((block) => (/[.!?]["')\]]*$/.test(block) ? block : `${block.replace(/[:;,]$/, '')}.`))
      .join(' ')
  );
}

/** Abbreviations whose full stops do not end a sentence. */
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|cf|vs|approx|no|nos|para|paras|s|ss|Dr|Mr|Mrs|Ms|St)\.(?=\s+[a-z0-9(])/gi;

/**
 * Syllables in one word, remembered: `syllable` takes about 40 microseconds a word, and a manual
 * uses a few thousand words many times over (a tenth of the time, counted once each).
 */
const known = new Map<string, number>();
function syllablesIn(word: string): number {
  if (!/\p{L}/u.test(word)) return 1;
  const key = word.toLowerCase();
  let count = known.get(key);
  if (count === undefined) {
    count = Math.max(1, syllable(key));
    known.set(key, count);
  }
  return count;
}

/** Counts for the prose of `text` (Markdown or plain text), and its grade. */
export function readingStats(text: string): ReadingStats {
  const prose = proseOf(text).replace(ABBREVIATIONS, (match) => match.replace(/\./g, ''));
  // A sentence ends at . ! or ? before a space (or the end); "1.5", "s.47" and "gov.uk" do not end one.
  const sentences = prose.split(/[.!?]+["')\]]*(?:\s+|$)/).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence)).length;
  const words = prose
    .split(/[\s/–—]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  const syllables = words.reduce((sum, word) => sum + syllablesIn(word), 0);
  if (!words.length || !sentences) return { words: words.length, sentences, syllables, grade: null };
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return { words: words.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

/** The Flesch-Kincaid grade of the prose of `text` (Markdown or plain text); null when it has no words. */
export function readingGrade(text: string): number | null {
  return readingStats(text).grade;
}

/**
 * The text of the section under a heading, written as in the file (`## At a glance`), up to the
 * next heading of the same or a higher level; undefined when no heading matches exactly.
 * Headings inside fenced code do not count.
 */
export function sectionByHeading(markdown: string, heading: string): string | undefined {
  const wanted = HEADING.exec(heading.trim());
  if (!wanted) throw new Error(`"${heading}" is not a Markdown heading: write it as in the file, such as "## At a glance"`);
  const depth = wanted[1]!.length;
  const lines = withoutFrontmatter(markdown).split(/\r?\n/);
  let fenced = false;
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    const found = HEADING.exec(line);
    if (!found) continue;
    if (start >= 0 && found[1]!.length <= depth) return lines.slice(start, i).join('\n').trim();
    if (start < 0 && found[1]!.length === depth && found[2] === wanted[2]) start = i + 1;
  }
  return start >= 0 ? lines.slice(start).join('\n').trim() : undefined;
}

/** The first line of a Markdown body that is not blank (after any frontmatter). */
export function firstLineOf(markdown: string): string | undefined {
  return withoutFrontmatter(markdown)
    .split(/\r?\n/)
    .find((line) => line.trim())
    ?.trim();
}

export interface DocumentGrade {
  file: string;
  collection: string;
  grade: number | null;
  /** The grade of its "## At a glance" section, where it has one. */
  atAGlance?: number | null;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round(((sorted[middle - 1]! + sorted[middle]!) / 2) * 10) / 10;
};

const grade1 = (grade: number | null | undefined) => (grade === null || grade === undefined ? 'no text' : grade.toFixed(1));

/** The lines `npm run check` prints: one per collection, and with `each` one per document. */
export function gradeReport(grades: readonly DocumentGrade[], each = false): string[] {
  const lines = ['Reading grade (Flesch-Kincaid grade level of the text; information only, not a check):'];
  const collections = [...new Set(grades.map((g) => g.collection))].sort();
  for (const collection of collections) {
    const mine = grades.filter((g) => g.collection === collection);
    const values = mine.flatMap((g) => (g.grade === null ? [] : [g.grade]));
    if (!values.length) continue;
    const range = values.length > 1 ? ` (lowest ${grade1(Math.min(...values))}, highest ${grade1(Math.max(...values))})` : '';
    lines.push(`  ${collection}: ${mine.length} document(s), median grade ${grade1(median(values))}${range}`);
    if (!each) continue;
    for (const g of [...mine].sort((a, b) => a.file.localeCompare(b.file))) {
      const glance = g.atAGlance === undefined ? '' : `; "At a glance" ${grade1(g.atAGlance)}`;
      lines.push(`    ${g.file}: ${grade1(g.grade)}${glance}`);
    }
  }
  if (!each) {
    // The few "At a glance" sections (the arrangements'), which a unit test holds to grade 9 or below.
    const glances = grades.filter((g) => g.atAGlance !== undefined);
    if (glances.length) lines.push(`  "At a glance" sections: ${glances.map((g) => `${g.file} ${grade1(g.atAGlance)}`).join(', ')}`);
    lines.push("  Each document's grade: npm run check -- --grades");
  }
  return lines;
}

/** The grade of each document's body, and of its "At a glance" section where it has one. */
export function documentGrades(documents: readonly { file: string; collection: string; body: string }[]): DocumentGrade[] {
  return documents.map((doc) => {
    const glance = sectionByHeading(doc.body, '## At a glance');
    return {
      file: doc.file,
      collection: doc.collection,
      grade: readingGrade(doc.body),
      ...(glance === undefined ? {} : { atAGlance: readingGrade(glance) }),
    };
  });
}
