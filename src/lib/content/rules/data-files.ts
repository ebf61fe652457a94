/**
 * The YAML data files: partnerships, subgroups, contacts, the glossary, the threshold data,
 * timescales and site.yaml. Each must read and fit its schema, and the references among them
 * must resolve (a subgroup's partnerships and parent groups, a glossary term's timescales, a
 * contact's area). The ids found here are what documents' references are checked against.
 * (The threshold data's own rules, which need the documents too, are in thresholds.ts.)
 */
import type { z } from 'zod';
import type { Problem } from '../problems.ts';
import { entriesOf, yamlFileId, type ContentTree, type YamlSource } from '../files.ts';
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

  const contactIds = new Set<string>();
  const timescaleIds = new Set<string>();
  const singleFiles: [YamlSource | undefined, z.ZodType, Set<string> | null][] = [
    [tree.data.contacts, contactSchema, contactIds],
    [tree.data.glossary, glossarySchema, null],
    [tree.data.thresholdLevels, thresholdLevelSchema, null],
    [tree.data.thresholdIndicators, thresholdIndicatorSchema, null],
    [tree.data.timescales, timescaleSchema, timescaleIds],
  ];
  for (const [source, schema, ids] of singleFiles) {
    if (!source) continue;
    problems.push(...syntaxProblems(source));
    for (const [id, entry] of entriesOf(source)) {
      problems.push(...schemaProblems(source, entry, schema, [id]));
      ids?.add(id);
    }
  }

  problems.push(...siteProblems(tree));
  if (tree.data.glossary) problems.push(...glossaryTimescaleProblems(tree.data.glossary, timescaleIds));
  return { problems, ids: { partnerships: partnershipIds, subgroups: subgroupIds, contacts: contactIds, timescales: timescaleIds } };
}

/** Timescales a glossary term names must be in content/timescales.yaml. */
function glossaryTimescaleProblems(glossary: YamlSource, known: ReadonlySet<string>): Problem[] {
  return entriesOf(glossary).flatMap(([id, entry]) => {
    const listed = (entry as { timescales?: unknown } | null)?.timescales;
    if (!Array.isArray(listed)) return [];
    return listed.flatMap((value, i) => known.has(String(value)) ? [] : [{
      file: glossary.file, line: glossary.lineOf([id, 'timescales', i]), field: `${id}.timescales[${i}]`,
      message: `"${String(value)}" is not a timescale in content/timescales.yaml: use one of ${[...known].join(', ')}`, severity: 'error' as const,
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
  const contacts = tree.data.contacts;
  if (!site.success || !contacts || contacts.syntaxErrors.length) return problems;
  const areas = [site.data.region.id, ...site.data.localAreas.map((area) => area.id), NATIONAL_AREA];
  const entries = entriesOf(contacts);
  for (const [id, entry] of entries) {
    const area = (entry as { area?: unknown } | null)?.area;
    if (typeof area === 'string' && idSchema.safeParse(area).success && !areas.includes(area)) {
      problems.push({ file: contacts.file, line: contacts.lineOf([id, 'area']), field: `${id}.area`, message: `"${area}" is not an area in ${source.file}: use one of ${areas.join(', ')}`, severity: 'error' });
    }
  }
  site.data.localAreas.forEach((area, i) => {
    const frontDoor = `${area.id}-children-social-care`;
    if (!entries.some(([id]) => id === frontDoor)) {
      problems.push({ file: source.file, line: source.lineOf(['localAreas', i, 'id']), field: `localAreas[${i}].id`, message: `${area.name} has no front door: add "${frontDoor}" to ${contacts.file}, its children's social care, where readers are sent while another service's number is to be confirmed`, severity: 'warning' });
    }
  });
  return problems;
}
