/**
 * Synthetic content for the benchmark: N documents shaped like the real ones (procedures and
 * 7-minute briefings mostly, with a threshold document, both partnerships' arrangements and
 * some annual reports), written beside copies of the real data files (site.yaml included) so
 * every owner, contact, partnership and threshold indicator resolves and the content gate passes.
 *
 * Everything is seeded by the document's index alone, so document i is byte-for-byte the same
 * whether the run has 1,000 or 5,000 documents: a page's weight can be compared across sizes.
 * Links and `related` only point at lower indexes, which exist in every run that has document i.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BRIEFING_SECTIONS } from '../src/lib/content/vocabulary.ts';

/** The fixed "today" of every benchmark build, so dates, review banners and pages never drift. */
export const BENCH_TODAY = '2026-06-01';

/** Mulberry32: a tiny seeded generator, good enough for shuffling words. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const between = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const sample = <T>(r: Rand, list: readonly T[], n: number): T[] => {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!);
  return out;
};
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const quote = (text: string) => JSON.stringify(text);

/* ------------------------------------------------------------------ word banks */

const TOPICS = [
  'Neglect',
  'Domestic abuse',
  'Child sexual exploitation',
  'Child criminal exploitation',
  'Missing children',
  'Bruising in babies',
  'Safe sleep',
  'Parental mental health',
  'Parental substance misuse',
  'Private fostering',
  'Female genital mutilation',
  'Forced marriage',
  'Honour-based abuse',
  'Radicalisation',
  'Online safety',
  'Self-harm',
  'Children with disabilities',
  'Young carers',
  'Homelessness in young people',
  'Looked after children',
  'Care leavers',
  'Unaccompanied asylum-seeking children',
  'Trafficking',
  'Modern slavery',
  'Gang involvement',
  'Knife crime',
  'Harmful sexual behaviour',
  'Bullying',
  'Children in custody',
  'Elective home education',
  'Children missing education',
  'Fabricated or induced illness',
  'Concealed pregnancy',
  'Pre-birth assessment',
  'Teenage relationship abuse',
  'Child-on-parent violence',
  'Hoarding',
  'Dog bites',
  'Water safety',
  'Burns and scalds',
  'Head injuries',
  'Non-accidental injury',
  'Sudden unexpected death in infancy',
  'Faith-based abuse',
  'Spirit possession',
  'Breast ironing',
  'Child marriage',
  'Children of prisoners',
  'Military families',
  'Gypsy, Roma and Traveller families',
  'Interpreters',
  'Information sharing',
  'Consent',
  'Escalation',
  'Early help',
  'Strategy meetings',
  'Core groups',
  'Medical examinations',
  'Allegations against staff',
  'Volunteers',
  'Sport and leisure',
  'Faith settings',
];
const ASPECTS = [
  'recognising the signs',
  'responding to concerns',
  'making a referral',
  'assessment and planning',
  'multi-agency working',
  'working with families',
  'recording and reviewing',
  'when to escalate',
  'support after a disclosure',
  'the role of schools',
  'the role of health services',
  'the role of the police',
  'out of hours',
  'children under five',
  'adolescents',
  'disabled children',
  'in custody settings',
  'in residential care',
  'across local authority borders',
  'in the early years',
  'in further education',
  'and the voice of the child',
  'and fathers',
  'and cultural competence',
  'and trauma-informed practice',
  'quick guide',
  'practice guidance',
  'flowchart explained',
  'for managers',
  'for volunteers',
];
const EDITIONS = [
  '',
  'Leicester',
  'Leicestershire',
  'Rutland',
  'LLR-wide',
  'health edition',
  'education edition',
  'police edition',
  'early help edition',
  'voluntary sector edition',
];
const THEMES = [
  'Babies and infants',
  'Neglect',
  'Domestic abuse',
  'Exploitation',
  'Health',
  'Parents and carers',
  'Adolescents',
  'Education',
  'Mental health',
  'Online harm',
];

const ACTORS = [
  'Practitioners',
  'The designated safeguarding lead',
  'The lead professional',
  "Children's social care",
  'The health visitor',
  'The school nurse',
  'The police',
  'The social worker',
  'The GP',
  'Early help workers',
  'The midwife',
  'The manager',
  'Every agency',
  'The named nurse',
  'The LADO',
];
const MODALS = ['should', 'must', 'will', 'may need to', 'are expected to', 'can'];
const ACTIONS = [
  'record',
  'share',
  'discuss',
  'review',
  'escalate',
  'agree',
  'explain',
  'consider',
  'check',
  'follow up',
  'seek advice about',
  'write down',
  'talk through',
  'assess',
];
const OBJECTS = [
  'the concern',
  "the child's lived experience",
  'the plan',
  'what the child has said',
  'the history of previous referrals',
  'the risk to siblings',
  'the outcome of the strategy discussion',
  'any injury seen',
  'the views of both parents',
  'the chronology',
  'the safety plan',
  'the decision and the reasons for it',
  'information from other agencies',
];
const TAILS = [
  'within one working day',
  'with the family where it is safe to do so',
  'at the next core group meeting',
  'before the child is discharged',
  "in the child's record",
  'with their manager',
  'without delay',
  'at every contact',
  'using the LLR multi-agency referral form',
  'as soon as possible and within 24 hours',
  'with the designated safeguarding lead',
  'in plain English',
];

/** Sentences from the glossary's definitions: real language about the real subject. */
function definitionSentences(glossary: readonly { definition?: string }[]): string[] {
  return glossary
    .flatMap((entry) => (entry.definition ?? '').split(/(?<=\.)\s+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 30 && !/[<>{}]/.test(s));
}

interface Bank {
  sentences: string[];
  terms: string[];
  subgroups: string[];
  contacts: string[];
  partnerships: string[];
}

function sentence(r: Rand, bank: Bank): string {
  if (r() < 0.35) return pick(r, bank.sentences);
  const term = r() < 0.3 ? ` (see ${pick(r, bank.terms)})` : '';
  return `${pick(r, ACTORS)} ${pick(r, MODALS)} ${pick(r, ACTIONS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}${term}.`;
}
const paragraph = (r: Rand, bank: Bank, min = 2, max = 5) =>
  Array.from({ length: between(r, min, max) }, () => sentence(r, bank)).join(' ');

/* ------------------------------------------------------------------ documents */

export interface Planned {
  collection: 'procedures' | 'briefings' | 'thresholds' | 'arrangements' | 'reports';
  id: string;
  title: string;
  index: number;
  /** A procedure a threshold indicator names carries the real procedure's `socialCare`, which the indicator must match. */
  socialCare?: string;
}

/**
 * Which document each index is. The first ones are fixed (the threshold document, both
 * arrangements, the procedures the threshold indicators name); then roughly 65% procedures,
 * 32% briefings and 3% annual reports.
 */
export function plan(n: number, indicatorProcedures: string[]): Planned[] {
  const out: Planned[] = [
    { collection: 'thresholds', id: 'llr-threshold-document', title: 'LLR threshold document', index: 0 },
    { collection: 'arrangements', id: 'leicester', title: 'Leicester safeguarding arrangements', index: 1 },
    { collection: 'arrangements', id: 'leicestershire-rutland', title: 'Leicestershire and Rutland safeguarding arrangements', index: 2 },
  ];
  for (const id of indicatorProcedures) {
    const title = id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()) + ': procedure';
    out.push({ collection: 'procedures', id, title, index: out.length });
  }
  const titles = new Set(out.map((d) => d.title.toLowerCase()));
  let combo = 0;
  while (out.length < n) {
    const index = out.length;
    const kind = index % 100;
    let doc: Planned;
    if (kind < 3) {
      const year = 2000 + (index % 25);
      doc = {
        collection: 'reports',
        id: '',
        title: `Annual report ${year}/${String((year + 1) % 100).padStart(2, '0')} number ${index}`,
        index,
      };
    } else {
      const topic = TOPICS[combo % TOPICS.length]!;
      const aspect = ASPECTS[Math.floor(combo / TOPICS.length) % ASPECTS.length]!;
      const edition = EDITIONS[Math.floor(combo / (TOPICS.length * ASPECTS.length)) % EDITIONS.length]!;
      const round = Math.floor(combo / (TOPICS.length * ASPECTS.length * EDITIONS.length));
      combo++;
      const collection = kind < 68 ? 'procedures' : 'briefings';
      const base = collection === 'briefings' ? `Learning about ${topic.toLowerCase()}: ${aspect}` : `${topic}: ${aspect}`;
      doc = { collection, id: '', title: `${base}${edition ? ` (${edition})` : ''}${round ? ` ${round + 1}` : ''}`, index };
    }
    if (titles.has(doc.title.toLowerCase())) continue;
    titles.add(doc.title.toLowerCase());
    doc.id = slug(doc.title);
    out.push(doc);
  }
  return out.slice(0, n);
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function frontmatter(doc: Planned, r: Rand, bank: Bank, earlier: Planned[]): string {
  const lastReviewed = addDays(BENCH_TODAY, -between(r, 10, 600));
  const nextReviewDue = addDays(lastReviewed, between(r, 365, 1000));
  // Newest first, each one 30 to 200 days before the one above it.
  const amendments = [lastReviewed];
  for (let i = between(r, 1, 3); i > 1; i--) amendments.push(addDays(amendments.at(-1)!, -between(r, 30, 200)));
  const related = sample(r, earlier, Math.min(earlier.length, between(r, 2, 6))).map((d) => `${d.collection}/${d.id}`);
  const lines = [
    `title: ${quote(doc.title)}`,
    `summary: ${quote(`${sentence(r, bank)} ${pick(r, ACTORS)} ${pick(r, MODALS)} ${pick(r, ACTIONS)} ${pick(r, OBJECTS)}.`.slice(0, 390))}`,
    `owner: ${pick(r, bank.subgroups)}`,
    ...(doc.socialCare ? [`socialCare: ${doc.socialCare}`] : []),
    `appliesTo: [${r() < 0.8 ? bank.partnerships.join(', ') : pick(r, bank.partnerships)}]`,
    'status: published',
    `version: "${between(r, 1, 4)}.${between(r, 0, 9)}"`,
    `lastReviewed: ${lastReviewed}`,
    `nextReviewDue: ${nextReviewDue}`,
    `audience: ${pick(r, ['practitioners', 'practitioners', 'both', 'public'])}`,
    `tags: [${sample(r, bank.terms, between(r, 3, 8))
      .map(quote)
      .join(', ')}]`,
    `contacts: [${sample(r, bank.contacts, between(r, 1, 5)).join(', ')}]`,
    `related: [${related.join(', ')}]`,
    'sources:',
    '  - title: Working Together to Safeguard Children 2023',
    '    url: https://www.gov.uk/government/publications/working-together-to-safeguard-children--2',
    ...Array.from({ length: between(r, 1, 3) }, (_, i) => `  - title: ${quote(`${pick(r, TOPICS)} guidance, section ${i + 1}`)}`),
    'amendments:',
    ...amendments.flatMap((date) => [
      `  - date: ${date}`,
      `    summary: ${quote(`${pick(r, ['Updated', 'Revised', 'Checked'])} ${pick(r, OBJECTS)} after ${pick(r, ['a local review', 'national guidance changed', 'an audit', 'feedback from practitioners'])}.`)}`,
    ]),
  ];
  if (doc.collection === 'briefings') {
    lines.push(
      `sourceReview: ${quote(`Child Safeguarding Practice Review: Child ${String.fromCharCode(65 + (doc.index % 26))}${doc.index}`)}`,
      `theme: ${quote(pick(r, THEMES))}`,
    );
  }
  if (doc.collection === 'arrangements' || doc.collection === 'reports') {
    lines.push(`partnership: ${doc.id.startsWith('leicester-') || doc.id === 'leicester' ? 'leicester' : pick(r, bank.partnerships)}`);
  }
  if (doc.collection === 'arrangements')
    lines.push('effectiveDate: 2024-09-29', 'endorsedBy: [Local authority, Police, Integrated care board]');
  if (doc.collection === 'reports') {
    const year = Number(/(\d{4})\//.exec(doc.title)![1]);
    lines.push(`period: "${year}/${String((year + 1) % 100).padStart(2, '0')}"`);
  }
  return `---\n${lines.join('\n')}\n---\n`;
}

const link = (d: Planned) => `[${d.title}](/${d.collection}/${d.id}/)`;

function list(r: Rand, bank: Bank, earlier: Planned[], ordered: boolean, min: number, max: number): string {
  return Array.from({ length: between(r, min, max) }, (_, i) => {
    const lead = ordered && r() < 0.4 ? `**${pick(r, ACTORS)} ${pick(r, ACTIONS)} ${pick(r, OBJECTS)}.** ` : '';
    const ref = earlier.length && r() < 0.15 ? ` See ${link(pick(r, earlier))}.` : '';
    return `${ordered ? `${i + 1}.` : '-'} ${lead}${sentence(r, bank)}${r() < 0.4 ? ` ${sentence(r, bank)}` : ''}${ref}`;
  }).join('\n');
}

function table(r: Rand): string {
  const rows = Array.from(
    { length: between(r, 3, 6) },
    () => `| ${pick(r, ACTORS)} ${pick(r, ACTIONS)} ${pick(r, OBJECTS)} | ${pick(r, TAILS)} |`,
  );
  return ['| Step | Timescale |', '| --- | --- |', ...rows].join('\n');
}

function procedureBody(r: Rand, bank: Bank, earlier: Planned[]): string {
  const parts = [
    '## Scope',
    paragraph(r, bank, 3, 5),
    paragraph(r, bank, 2, 4),
    '## Key points',
    list(r, bank, earlier, false, 5, 9),
    '## What to do',
    paragraph(r, bank, 1, 2),
    list(r, bank, earlier, true, 6, 10),
  ];
  if (r() < 0.6) parts.push('### If the child is in immediate danger', paragraph(r, bank, 2, 3));
  parts.push('## Timescales', r() < 0.5 ? table(r) : list(r, bank, earlier, false, 2, 4));
  if (r() < 0.5) parts.push('## Recording', paragraph(r, bank, 2, 4));
  parts.push('## Who to contact', list(r, bank, [], false, 3, 5), paragraph(r, bank, 1, 2));
  return parts.join('\n\n');
}

function briefingBody(r: Rand, bank: Bank, earlier: Planned[]): string {
  return BRIEFING_SECTIONS.map((heading) => {
    const body =
      heading === 'Questions for your team'
        ? Array.from({ length: between(r, 3, 6) }, () => `- How do we ${pick(r, ACTIONS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}?`).join(
            '\n',
          )
        : heading === 'Find out more'
          ? earlier.length
            ? sample(r, earlier, Math.min(3, earlier.length))
                .map((d) => `- ${link(d)}`)
                .join('\n')
            : paragraph(r, bank, 1, 2)
          : r() < 0.5
            ? `${paragraph(r, bank, 2, 4)}\n\n${list(r, bank, earlier, false, 3, 6)}`
            : `${paragraph(r, bank, 3, 5)}\n\n${paragraph(r, bank, 2, 4)}`;
    return `## ${heading}\n\n${body}`;
  }).join('\n\n');
}

function documentText(doc: Planned, earlier: Planned[], bank: Bank): string {
  const r = rng(0x5eed + doc.index * 7919);
  const head = frontmatter(doc, r, bank, earlier);
  const body = doc.collection === 'briefings' ? briefingBody(r, bank, earlier) : procedureBody(r, bank, earlier);
  return `${head}\n${body}\n`;
}

export interface GeneratedContent {
  dir: string;
  documents: Planned[];
  bytes: number;
  /** Representative pages measured in every run; the same documents at every size. */
  samples: { procedure: Planned; briefing: Planned };
}

/**
 * Writes `n` documents and copies of the real data files to `dir` (emptied first).
 * `realContent` is the repository's content folder, read for its data files only.
 */
export function generateContent(dir: string, n: number, realContent: string): GeneratedContent {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const data of ['site.yaml', 'partnerships', 'subgroups', 'threshold-data', 'glossary', 'contacts', 'timescales']) {
    const from = join(realContent, data);
    if (existsSync(from)) cpSync(from, join(dir, data), { recursive: true });
  }
  const glossary = readYamlDir(join(realContent, 'glossary')).map(
    (id) => parse(readFileSync(join(realContent, 'glossary', `${id}.yaml`), 'utf8')) as { term?: string; definition?: string },
  );
  const indicators = parse(readFileSync(join(realContent, 'threshold-data/indicators.yaml'), 'utf8')) as { procedures?: string[] }[];
  const bank: Bank = {
    sentences: definitionSentences(glossary),
    terms: glossary.map((g) => g.term ?? '').filter(Boolean),
    subgroups: readYamlDir(join(realContent, 'subgroups')),
    contacts: readYamlDir(join(realContent, 'contacts')),
    partnerships: readYamlDir(join(realContent, 'partnerships')),
  };
  const indicatorProcedures = [...new Set(indicators.flatMap((i) => i.procedures ?? []))].sort();
  const documents = plan(n, indicatorProcedures);
  // The threshold indicators must say what their procedures say about children's social care
  // (src/lib/content/rules/thresholds.ts): the generated procedures they name say what the real ones do.
  for (const doc of documents) {
    const real = join(realContent, 'procedures', `${doc.id}.mdx`);
    if (doc.collection !== 'procedures' || !indicatorProcedures.includes(doc.id) || !existsSync(real)) continue;
    const action = /^---\n[\s\S]*?^socialCare:\s*["']?(\w+)["']?\s*$[\s\S]*?^---$/m.exec(readFileSync(real, 'utf8'))?.[1];
    if (action) doc.socialCare = action;
  }
  let bytes = 0;
  for (const collection of ['procedures', 'briefings', 'thresholds', 'arrangements', 'reports'])
    mkdirSync(join(dir, collection), { recursive: true });
  documents.forEach((doc, i) => {
    // Only procedures and briefings are linked to, as in the real manual.
    const earlier = documents.slice(Math.max(0, i - 400), i).filter((d) => d.collection === 'procedures' || d.collection === 'briefings');
    const text = documentText(doc, earlier, bank);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, doc.collection, `${doc.id}.mdx`), text);
  });
  const after = (collection: Planned['collection'], from: number) => documents.find((d) => d.collection === collection && d.index >= from)!;
  return { dir, documents, bytes, samples: { procedure: after('procedures', 60), briefing: after('briefings', 60) } };
}

function readYamlDir(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.replace(/\.yaml$/, ''))
    : [];
}
