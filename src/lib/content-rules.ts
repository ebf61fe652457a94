/**
 * Every rule the content must meet, applied to the whole of `content/` at once so that
 * cross-file rules (an owner that exists, two documents at one address) are checked too.
 * The checker prints these problems; the build refuses to start while any error remains.
 */
import type { z } from 'zod';
import { briefingSectionProblem } from './briefing-sections.ts';
import { yamlFileId, type ContentTree, type DocumentFile, type YamlSource } from './content-files.ts';
import {
  contactSchema,
  documentSchemas,
  glossarySchema,
  partnershipSchema,
  subgroupSchema,
  thresholdIndicatorSchema,
  thresholdLevelSchema,
  type DocumentData,
} from './schema.ts';
import { mdxProblems } from './mdx-rules.ts';

export interface Problem {
  file: string;
  line: number;
  /** The frontmatter field or rule the problem is about, e.g. `owner` or `briefing sections`. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

const SAFE_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(mdx|yaml)$/;

/** `file:line: field: message`, the form every tool prints problems in. */
export function formatProblem(problem: Problem): string {
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}: ${tag}${problem.field}: ${problem.message}`;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '');
}

/** Turns zod's issues into problems with lines. */
function schemaProblems(source: YamlSource, value: unknown, schema: z.ZodType, prefix: (string | number)[] = []): Problem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    let message = issue.message;
    if (issue.code === 'invalid_type' && /received undefined/.test(message)) message = 'is missing: add this field';
    if (issue.code === 'unrecognized_keys') message = `is not a field this file can have (${issue.keys.join(', ')}): check the spelling or remove it`;
    return { file: source.file, line: source.lineOf(path), field: fieldName(path) || 'frontmatter', message, severity: 'error' as const };
  });
}

function syntaxProblems(source: YamlSource): Problem[] {
  return source.syntaxErrors.map((error) => ({ file: source.file, line: error.line, field: 'YAML', message: `${error.message}: check indentation, colons and quotes on this line`, severity: 'error' as const }));
}

/** Entries of a single-file collection (a mapping of id to entry). */
function entriesOf(source: YamlSource | undefined): [string, unknown][] {
  const value = source?.value;
  return value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
}

export interface ValidatedContent {
  problems: Problem[];
  /** Parsed frontmatter of every document that passed its schema, keyed `collection/id`. */
  documents: Map<string, { file: DocumentFile; data: DocumentData }>;
}

export function validateContent(tree: ContentTree, options: { today?: string } = {}): ValidatedContent {
  const problems: Problem[] = [];
  const add = (file: string, line: number, field: string, message: string, severity: Problem['severity'] = 'error') =>
    problems.push({ file, line, field, message, severity });

  for (const stray of tree.strays) {
    add(stray, 1, 'file location', 'no collection reads this file: documents go in content/<collection>/ as .mdx files, data in the YAML files described in CONTRIBUTING.md');
  }

  /* ------------------------------------------------------------ data collections */
  const partnershipIds = new Set<string>();
  for (const source of tree.data.partnerships) {
    problems.push(...syntaxProblems(source), ...schemaProblems(source, source.value, partnershipSchema));
    partnershipIds.add(yamlFileId(source));
  }
  const subgroupIds = new Set(tree.data.subgroups.map(yamlFileId));
  for (const source of [...tree.data.partnerships, ...tree.data.subgroups]) {
    const name = source.file.split('/').pop()!;
    if (!SAFE_FILE_NAME.test(name)) add(source.file, 1, 'file name', 'use lower-case letters, numbers and hyphens only, ending .yaml');
  }
  for (const source of tree.data.subgroups) {
    problems.push(...syntaxProblems(source), ...schemaProblems(source, source.value, subgroupSchema));
    const value = subgroupSchema.safeParse(source.value);
    if (!value.success) continue;
    value.data.serves.forEach((id, i) => {
      if (!partnershipIds.has(id)) add(source.file, source.lineOf(['serves', i]), `serves[${i}]`, `"${id}" is not a partnership: use one of ${[...partnershipIds].join(', ')}`);
    });
    value.data.reportsTo.forEach((id, i) => {
      if (!subgroupIds.has(id)) add(source.file, source.lineOf(['reportsTo', i]), `reportsTo[${i}]`, `"${id}" is not a subgroup: use a file name from content/subgroups/ without .yaml`);
    });
  }

  const contactIds = new Set<string>();
  const singleFiles: [YamlSource | undefined, z.ZodType, Set<string> | null][] = [
    [tree.data.contacts, contactSchema, contactIds],
    [tree.data.glossary, glossarySchema, null],
    [tree.data.thresholdLevels, thresholdLevelSchema, null],
    [tree.data.thresholdIndicators, thresholdIndicatorSchema, null],
  ];
  for (const [source, schema, ids] of singleFiles) {
    if (!source) continue;
    problems.push(...syntaxProblems(source));
    for (const [id, entry] of entriesOf(source)) {
      problems.push(...schemaProblems(source, entry, schema, [id]));
      ids?.add(id);
    }
  }

  /* ------------------------------------------------------------ documents */
  const documents = new Map<string, { file: DocumentFile; data: DocumentData }>();
  const titles = new Map<string, string>();
  const addresses = new Map<string, string>();
  const claimAddress = (address: string, file: string, line: number, field: string) => {
    const other = addresses.get(address);
    if (other && other !== file) add(file, line, field, `the address ${address} is already used by ${other}: each address can belong to one document only`);
    else addresses.set(address, file);
  };

  for (const doc of tree.documents) {
    const { frontmatter: source } = doc;
    const name = doc.file.split('/').pop()!;
    if (!SAFE_FILE_NAME.test(name)) add(doc.file, 1, 'file name', `"${name}" is not a safe web address: rename the file using lower-case letters, numbers and hyphens, such as "${doc.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.mdx"`);
    problems.push(...syntaxProblems(source));
    if (source.syntaxErrors.length) continue;
    const parsed = documentSchemas[doc.collection].safeParse(source.value);
    if (!parsed.success) {
      problems.push(...schemaProblems(source, source.value, documentSchemas[doc.collection]));
      continue;
    }
    const data = parsed.data as DocumentData;
    documents.set(`${doc.collection}/${doc.id}`, { file: doc, data });
    claimAddress(`/${doc.collection}/${doc.id}/`, doc.file, 1, 'file name');
    data.redirectFrom.forEach((address, i) => claimAddress(address, doc.file, source.lineOf(['redirectFrom', i]), `redirectFrom[${i}]`));

    const titleKey = data.title.toLowerCase();
    const sameTitle = titles.get(titleKey);
    if (sameTitle) add(doc.file, source.lineOf(['title']), 'title', `"${data.title}" is also the title of ${sameTitle}: give each document its own title`);
    else titles.set(titleKey, doc.file);

    if (!subgroupIds.has(data.owner)) {
      add(doc.file, source.lineOf(['owner']), 'owner', `"${data.owner}" is not a subgroup: use a file name from content/subgroups/ without .yaml (${[...subgroupIds].join(', ')})`);
    }
    data.appliesTo.forEach((id, i) => {
      if (!partnershipIds.has(id)) add(doc.file, source.lineOf(['appliesTo', i]), `appliesTo[${i}]`, `"${id}" is not a partnership: use ${[...partnershipIds].join(' or ')}`);
    });
    const partnership = (data as { partnership?: string }).partnership;
    if (partnership !== undefined && !partnershipIds.has(partnership)) {
      add(doc.file, source.lineOf(['partnership']), 'partnership', `"${partnership}" is not a partnership: use ${[...partnershipIds].join(' or ')}`);
    }
    data.contacts.forEach((id, i) => {
      if (!contactIds.has(id)) add(doc.file, source.lineOf(['contacts', i]), `contacts[${i}]`, `"${id}" is not in content/contacts.yaml: use one of its ids`);
    });
    if (options.today && data.status !== 'archived' && data.amendments.some((a) => a.date > options.today!)) {
      const i = data.amendments.findIndex((a) => a.date > options.today!);
      add(doc.file, source.lineOf(['amendments', i, 'date']), `amendments[${i}].date`, `is in the future (today is ${options.today}): date an amendment when it is made`);
    }
    if (doc.collection === 'briefings') {
      const headings = [...doc.body.matchAll(/^##[ \t]+(.+?)[ \t]*#*$/gm)].map((m) => m[1]!);
      const problem = briefingSectionProblem(headings);
      if (problem) add(doc.file, doc.bodyLine, 'briefing sections', problem);
    }
    problems.push(...mdxProblems(doc));
  }

  // Cross-document references, once every document is known.
  for (const { file: doc, data } of documents.values()) {
    data.related.forEach((ref, i) => {
      if (!documents.has(ref)) add(doc.file, doc.frontmatter.lineOf(['related', i]), `related[${i}]`, `"${ref}" is not a document: write collection/file-name, for example "procedures/strategy-discussions"`);
    });
  }
  const procedureIds = new Set([...documents.keys()].filter((k) => k.startsWith('procedures/')).map((k) => k.slice('procedures/'.length)));
  const levels = tree.data.thresholdLevels;
  if (levels) {
    const numbers = entriesOf(levels).map(([, v]) => (v as { level?: unknown })?.level);
    for (const n of [1, 2, 3, 4]) {
      if (!numbers.includes(n)) add(levels.file, 1, 'level', `level ${n} is missing: the threshold document has exactly four levels, 1 to 4`);
    }
    if (numbers.length !== 4) add(levels.file, 1, 'levels', `there are ${numbers.length} levels: the threshold document has exactly four`);
    for (const [id, entry] of entriesOf(levels)) {
      const contacts = (entry as { contacts?: unknown })?.contacts;
      if (Array.isArray(contacts)) contacts.forEach((c, i) => {
        if (!contactIds.has(String(c))) add(levels.file, levels.lineOf([id, 'contacts', i]), `${id}.contacts[${i}]`, `"${c}" is not in content/contacts.yaml`);
      });
    }
  }
  const indicators = tree.data.thresholdIndicators;
  if (indicators) {
    for (const [id, entry] of entriesOf(indicators)) {
      const procedures = (entry as { procedures?: unknown })?.procedures;
      if (Array.isArray(procedures)) procedures.forEach((p, i) => {
        if (!procedureIds.has(String(p))) add(indicators.file, indicators.lineOf([id, 'procedures', i]), `${id}.procedures[${i}]`, `"${p}" is not a procedure: use a file name from content/procedures/ without .mdx`);
      });
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, documents };
}
