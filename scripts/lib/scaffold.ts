/**
 * What `npm run new` writes: a new document's frontmatter and body template. Pure functions, so
 * the command-line script (scripts/new.ts) only reads arguments and files.
 *
 * The collection's zod schema decides which fields are required: every field the schema cannot
 * do without must have a value here, or `scaffold` throws. A field added to schema.ts therefore
 * cannot be forgotten by the scaffolder without a test noticing. The finished frontmatter is
 * parsed back and validated with the same schema before anything is written.
 */
import { stringify } from 'yaml';
import { REFLECTIVE_SECTION } from '../../src/lib/briefings/sections.ts';
import { BRIEFING_SECTIONS, type DocumentCollection } from '../../src/lib/content/vocabulary.ts';
import { parseYaml, splitFrontmatter } from '../../src/lib/content/files.ts';
import { addMonths } from '../../src/lib/dates.ts';
import { PLACEHOLDER } from '../../src/lib/content/placeholders.ts';
import { documentSchemas } from '../../src/lib/content/schema.ts';

/** The words `npm run new` accepts for each collection. */
export const KINDS: Record<string, DocumentCollection> = {
  procedure: 'procedures',
  procedures: 'procedures',
  briefing: 'briefings',
  briefings: 'briefings',
  '7-minute-briefing': 'briefings',
  report: 'reports',
  reports: 'reports',
  'annual-report': 'reports',
  arrangements: 'arrangements',
  threshold: 'thresholds',
  thresholds: 'thresholds',
};

export interface ScaffoldOwner {
  id: string;
  /** The partnerships the owning group serves: the new document applies to the same ones. */
  serves: string[];
  reviewCycleMonths: number;
}

export interface ScaffoldInput {
  collection: DocumentCollection;
  title: string;
  owner: ScaffoldOwner;
  today: string;
  summary?: string;
  theme?: string;
  sourceReview?: string;
  partnership?: string;
  period?: string;
  endorsedBy?: string[];
  effectiveDate?: string;
}

/** The input cannot make a document the checker would pass: a mistake in what the editor asked for. */
export class ScaffoldError extends Error {}

const todo = (what: string) => `${PLACEHOLDER} ${what}`;

/** A file name from a title: "Children missing education" -> "children-missing-education". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The last complete April-to-March year before `today`, as "2025/26": the year a new annual report covers. */
export function lastReportingYear(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const end = month >= 4 ? year : year - 1;
  return `${end - 1}/${String(end % 100).padStart(2, '0')}`;
}

/** Values for the fields a schema requires, and the optional ones every new document should show. */
function fieldValues(input: ScaffoldInput): Record<string, unknown> {
  const { owner, today } = input;
  return {
    title: input.title.trim(),
    summary: input.summary?.trim() || todo('one or two sentences saying what this document is for and who it is for.'),
    owner: owner.id,
    appliesTo: owner.serves,
    // New documents start as drafts: previews show them, the live site does not, until an editor publishes.
    status: 'draft',
    version: '1.0',
    lastReviewed: today,
    nextReviewDue: addMonths(today, owner.reviewCycleMonths),
    audience: 'practitioners',
    sourceReview: input.sourceReview?.trim() || todo('the review or audit the learning comes from.'),
    theme: input.theme?.trim() || todo('the learning theme, such as Neglect.'),
    partnership: input.partnership,
    effectiveDate: input.effectiveDate ?? today,
    endorsedBy: input.endorsedBy?.length ? input.endorsedBy : [todo('the organisations that signed the arrangements off.')],
    period: input.period ?? lastReportingYear(today),
    contacts: [],
    related: [],
    tags: [],
    sources: [],
    amendments: [{ date: today, version: '1.0', summary: 'First published.' }],
  };
}

/** Optional fields written into every new document, so editors see where they go. */
const SHOWN_OPTIONAL = ['appliesTo', 'status', 'audience', 'contacts', 'related', 'tags', 'sources', 'amendments'];

/** The order fields are written in, as in the existing content; fields not listed follow in the schema's order. */
const FIELD_ORDER = [
  'title',
  'summary',
  'sourceReview',
  'theme',
  'partnership',
  'period',
  'effectiveDate',
  'endorsedBy',
  'owner',
  'appliesTo',
  'status',
  'version',
  'lastReviewed',
  'nextReviewDue',
  'audience',
  'tags',
  'contacts',
  'related',
  'sources',
  'amendments',
];

/** The frontmatter: every field the collection's schema requires, and the optional ones editors should see. */
export function scaffoldFrontmatter(input: ScaffoldInput): Record<string, unknown> {
  const shape = documentSchemas[input.collection].shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  const values = fieldValues(input);
  const data: Record<string, unknown> = {};
  const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);
  const fields = Object.entries(shape).sort(([a], [b]) => rank(a) - rank(b));
  for (const [field, schema] of fields) {
    const required = !schema.safeParse(undefined).success;
    if (!required && !SHOWN_OPTIONAL.includes(field)) continue;
    const value = values[field];
    if (value === undefined) {
      if (!required) continue;
      if (field === 'partnership') {
        throw new ScaffoldError(
          `a ${input.collection === 'reports' ? 'report' : 'set of arrangements'} needs its partnership: add --partnership followed by one of the partnership ids`,
        );
      }
      // Not the editor's mistake but the scaffolder's, after a new required field in schema.ts.
      throw new Error(`the scaffolder has no value for the required field "${field}": add it to fieldValues in scripts/lib/scaffold.ts`);
    }
    data[field] = value;
  }
  return data;
}

const scalar = (value: unknown) => stringify(value).trimEnd();

/** YAML written the way the existing content is: short lists on one line, amendments and sources as blocks. */
export function renderFrontmatter(data: Record<string, unknown>): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value) && value.every((item) => typeof item !== 'object')) {
      lines.push(`${key}: [${value.map(scalar).join(', ')}]`);
    } else if (Array.isArray(value)) {
      lines.push(`${key}:`);
      for (const item of value as Record<string, unknown>[]) {
        Object.entries(item).forEach(([field, fieldValue], i) => lines.push(`${i === 0 ? '  - ' : '    '}${field}: ${scalar(fieldValue)}`));
      }
    } else {
      lines.push(`${key}: ${scalar(value)}`);
    }
  }
  return lines.join('\n');
}

const section = (heading: string, text: string) => `## ${heading}\n\n${text}\n`;

/** The body template: the sections a document of this kind has, each with a placeholder to replace. */
export function scaffoldBody(collection: DocumentCollection): string {
  switch (collection) {
    case 'briefings':
      return BRIEFING_SECTIONS.map((heading) =>
        section(
          heading,
          heading === REFLECTIVE_SECTION
            ? `1. ${todo('a question for your team to discuss.')}\n2. ${todo('another question.')}`
            : todo(`write the "${heading}" section.`),
        ),
      ).join('\n');
    case 'procedures':
      return [
        section('Scope', todo('who and what this procedure covers, and who should use it.')),
        section('Key points', `- ${todo('the points a practitioner must not miss.')}`),
        section('What to do', `1. ${todo('the first step. If a child is in immediate danger, call 999.')}\n2. ${todo('the next step.')}`),
        section('Timescales', todo('how quickly each step must happen.')),
        section('Who to contact', todo('who to contact, by service. Add their ids to contacts: above so the page lists the numbers.')),
      ].join('\n');
    case 'reports':
      return [
        section('About this report', todo('the period the report covers and who published it.')),
        section('Key figures', todo('the main figures for the year.')),
        section('What the partnership did', todo('the work done during the year.')),
        section('Learning from reviews', todo('what reviews and audits found.')),
        section('Priorities for the next year', todo("the partnership's priorities.")),
      ].join('\n');
    case 'arrangements':
      return [
        section('Who we are and the area we cover', todo('the partnership and its area.')),
        section('How the partnership is organised', todo('the board, its groups and how they work together.')),
        section('Relevant agencies and how they are involved', todo('the agencies and their part.')),
        section('Independent scrutiny', todo('how the arrangements are scrutinised.')),
        section('Reporting on the arrangements', todo('how and when the partnership reports.')),
      ].join('\n');
    case 'thresholds':
      return [
        section('What this document is for', todo('what the threshold document is for.')),
        section('How to use it', todo('how practitioners use the levels.')),
        section('Consent', todo('when and how to seek consent.')),
      ].join('\n');
  }
}

/** The complete new file, checked against the collection's schema. Throws ScaffoldError with the schema's message. */
export function scaffold(input: ScaffoldInput): string {
  const frontmatter = renderFrontmatter(scaffoldFrontmatter(input));
  const text = `---\n${frontmatter}\n---\n\n${scaffoldBody(input.collection)}`;
  // Validate what will be written, byte for byte, as the build will read it.
  const { yaml } = splitFrontmatter(text);
  const parsed = parseYaml(yaml ?? '', 'new document', 2);
  const result = documentSchemas[input.collection].safeParse(parsed.value);
  if (parsed.syntaxErrors.length || !result.success) {
    const issues = result.success
      ? parsed.syntaxErrors.map((e) => e.message)
      : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ScaffoldError(`the new document would not pass the checker: ${issues.join('; ')}`);
  }
  return text;
}
