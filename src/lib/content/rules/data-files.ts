/**
 * The YAML data files: partnerships, subgroups, contacts, the glossary, the threshold data,
 * timescales and site.yaml. Each must read and fit its schema, and the references among them
 * must resolve (a subgroup's partnerships and parent groups, a glossary term's timescales, a
 * contact's area). The ids found here are what documents' references are checked against.
 * (The threshold data's own rules, which need the documents too, are in thresholds.ts.)
 */
import type { z } from 'zod';
import type { Problem } from '../problems.ts';
import { entriesOf, listItemId, listItemName, yamlFileId, type ContentTree, type YamlSource } from '../files.ts';
import { contactSchema, glossarySchema, idSchema, NATIONAL_AREA, partnershipSchema, siteSchema, subgroupSchema, thresholdIndicatorSchema, thresholdLevelSchema, timescaleSchema } from '../schema.ts';
import { dataFileNameProblems } from './addresses.ts';
import { schemaProblems, syntaxProblems } from './schema-problems.ts';

/** The ids other files may name, in the order the content lists them (messages list them so). */
export interface KnownIds {
  partnerships: Set<string>;
  subgroups: Set<string>;
  contacts: Set<string>;
  timescales: Set<string>;
}

export function dataFileProblems(tree: ContentTree): { problems: Problem[]; ids: KnownIds } {
  const problems: Problem[] = [];
  const add = (file: string, line: number, field: string, message: string) => problems.push({ file, line, field, message, severity: 'error' });

  const partnershipIds = new Set<string>();
  for (const source of tree.data.partnerships) {
    problems.push(...syntaxProblems(source), ...(source.syntaxErrors.length ? [] : schemaProblems(source, source.value, partnershipSchema)));
    partnershipIds.add(yamlFileId(source));
  }
  const subgroupIds = new Set(tree.data.subgroups.map(yamlFileId));
  problems.push(...dataFileNameProblems([...tree.data.partnerships, ...tree.data.subgroups]));
  for (const source of tree.data.subgroups) {
    problems.push(...syntaxProblems(source), ...(source.syntaxErrors.length ? [] : schemaProblems(source, source.value, subgroupSchema)));
    const value = subgroupSchema.safeParse(source.value);
    if (!value.success) continue;
    value.data.serves.forEach((id, i) => {
      if (!partnershipIds.has(id)) add(source.file, source.lineOf(['serves', i]), `serves[${i}]`, `"${id}" is not a partnership: use one of ${[...partnershipIds].join(', ')}`);
    });
    value.data.reportsTo.forEach((id, i) => {
      if (!subgroupIds.has(id)) add(source.file, source.lineOf(['reportsTo', i]), `reportsTo[${i}]`, `"${id}" is not a subgroup: use a file name from content/subgroups/ without .yaml`);
    });
  }

  // A folder collection's ids are its file names, also of files that cannot be read, so a broken
  // contact gives its own message and not one more for every document that names it.
  const folders: [readonly YamlSource[], z.ZodType][] = [
    [tree.data.contacts, contactSchema],
    [tree.data.glossary, glossarySchema],
    [tree.data.timescales, timescaleSchema],
  ];
  for (const [sources, schema] of folders) {
    problems.push(...dataFileNameProblems(sources));
    for (const source of sources) problems.push(...syntaxProblems(source), ...(source.syntaxErrors.length ? [] : schemaProblems(source, source.value, schema)));
  }
  const contactIds = new Set(tree.data.contacts.map(yamlFileId));
  const timescaleIds = new Set(tree.data.timescales.map(yamlFileId));

  const lists: [YamlSource | undefined, z.ZodType][] = [
    [tree.data.thresholdLevels, thresholdLevelSchema],
    [tree.data.thresholdIndicators, thresholdIndicatorSchema],
  ];
  for (const [source, schema] of lists) if (source) problems.push(...listFileProblems(source, schema));

  problems.push(...siteProblems(tree));
  problems.push(...glossaryTimescaleProblems(tree.data.glossary, timescaleIds));
  return { problems, ids: { partnerships: partnershipIds, subgroups: subgroupIds, contacts: contactIds, timescales: timescaleIds } };
}

/**
 * A list file (the threshold levels and indicators): a list whose entries each fit the schema,
 * start with an id, and have an id of their own. Entries are named by their id where they have one.
 */
function listFileProblems(source: YamlSource, schema: z.ZodType): Problem[] {
  const problems = syntaxProblems(source);
  if (source.syntaxErrors.length) return problems;
  if (!Array.isArray(source.value)) {
    return [{ file: source.file, line: 1, field: 'file', message: 'must be a list of entries, each starting "- id:" on a line of its own (see CONTRIBUTING.md)', severity: 'error' }];
  }
  const firstLineOf = new Map<string, number>();
  source.value.forEach((item: unknown, index) => {
    const id = listItemId(item);
    const prefix = listItemName(item, index);
    for (const problem of schemaProblems(source, item, schema, [index])) {
      problems.push({ ...problem, field: problem.field.replace(/^\[\d+\]\.?/, `${prefix}.`).replace(/\.$/, '') });
    }
    if (id === undefined) return;
    const line = source.lineOf([index, 'id']);
    const first = firstLineOf.get(id);
    if (first !== undefined) {
      problems.push({ file: source.file, line, field: `${id}.id`, message: `"${id}" is also the id of the entry on line ${first}: give each entry its own id`, severity: 'error' });
    } else firstLineOf.set(id, line);
  });
  return problems;
}

/** Timescales a glossary term names must be in content/timescales/. */
function glossaryTimescaleProblems(glossary: readonly YamlSource[], known: ReadonlySet<string>): Problem[] {
  return entriesOf(glossary).flatMap((entry) => {
    const listed = (entry.value as { timescales?: unknown } | null)?.timescales;
    if (!Array.isArray(listed)) return [];
    return listed.flatMap((value, i) => known.has(String(value)) ? [] : [{
      file: entry.source.file, line: entry.lineOf(['timescales', i]), field: entry.fieldName(`timescales[${i}]`),
      message: `"${String(value)}" is not a timescale in content/timescales/: use one of ${[...known].join(', ')}`, severity: 'error' as const,
    }]);
  });
}

/**
 * content/site.yaml: present, readable and fitting its schema; every contact's `area` is one of
 * its areas (or national); and each local area has the front door that cards and document pages
 * send readers to, `<id>-children-social-care`.
 */
function siteProblems(tree: ContentTree): Problem[] {
  const source = tree.data.site;
  if (!source) {
    return [{ file: `${tree.folder ?? 'content'}/site.yaml`, line: 1, field: 'file', message: 'is missing: every content folder needs site.yaml, with the partnership\'s name and areas (see docs/new-partnership.md)', severity: 'error' }];
  }
  const problems = syntaxProblems(source);
  if (source.syntaxErrors.length) return problems;
  // A misspelt top-level field is named on its own line, not as the whole file's.
  for (const problem of schemaProblems(source, source.value, siteSchema)) {
    const unknown = problem.field === 'frontmatter' ? /\(([^,)]+)/.exec(problem.message)?.[1] : undefined;
    problems.push(unknown ? { ...problem, field: 'fields', line: source.lineOf([unknown]) } : problem);
  }
  const site = siteSchema.safeParse(source.value);
  if (!site.success) return problems;
  const areas = [site.data.region.id, ...site.data.localAreas.map((area) => area.id), NATIONAL_AREA];
  for (const entry of entriesOf(tree.data.contacts)) {
    const area = (entry.value as { area?: unknown } | null)?.area;
    if (typeof area === 'string' && idSchema.safeParse(area).success && !areas.includes(area)) {
      problems.push({ file: entry.source.file, line: entry.lineOf(['area']), field: 'area', message: `"${area}" is not an area in ${source.file}: use one of ${areas.join(', ')}`, severity: 'error' });
    }
  }
  const contactIds = new Set(tree.data.contacts.map(yamlFileId));
  const contactsFolder = `${tree.folder ?? 'content'}/contacts`;
  site.data.localAreas.forEach((area, i) => {
    const frontDoor = `${area.id}-children-social-care`;
    if (!contactIds.has(frontDoor)) {
      problems.push({ file: source.file, line: source.lineOf(['localAreas', i, 'id']), field: `localAreas[${i}].id`, message: `${area.name} has no front door: add ${contactsFolder}/${frontDoor}.yaml, its children's social care, where readers are sent while another service's number is to be confirmed`, severity: 'warning' });
    }
  });
  return problems;
}
