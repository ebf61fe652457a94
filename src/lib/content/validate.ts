/**
 * Every rule the content must meet, applied to the whole of `content/` at once so that
 * cross-file rules (an owner that exists, two documents at one address) are checked too.
 * The checker prints these problems; the build refuses to start while any error remains.
 */
import type { z } from 'zod';
import type { Problem } from './problems.ts';
import { briefingSectionProblem } from '../briefings/sections.ts';
import { entriesOf, yamlFileId, type ContentTree, type DocumentFile, type YamlSource } from './files.ts';
import { contactSchema, documentSchemas, glossarySchema, partnershipSchema, siteSchema, subgroupSchema, thresholdIndicatorSchema, thresholdLevelSchema, timescaleSchema, idSchema, NATIONAL_AREA, type DocumentData } from './schema.ts';
import { DOCUMENT_COLLECTIONS, type DocumentCollection } from './vocabulary.ts';
import { analyseBody, type BodyAnalysis } from './rules/mdx.ts';
import { personalDataProblems } from './rules/personal-data.ts';
import { COLLECTION_LABELS } from './vocabulary.ts';
import { hasPlaceholder, PLACEHOLDER, stringsIn } from './placeholders.ts';
import { isSitePath, readSiteRoutes, type SiteRoutes } from './site-routes.ts';
import { indicatorProcedureProblems, indicatorSocialCareProblems, levelContactProblems, levelSetProblems } from './rules/thresholds.ts';

const SAFE_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(mdx|yaml)$/;

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

/**
 * Whether Astro's content loader can read the whole tree: every file parses and every document
 * and data entry fits its schema (the same schemas as src/content.config.ts). When it cannot,
 * Astro would stop with its own message naming an entry, so the gate reports first.
 */
export function astroCanLoad(tree: ContentTree): boolean {
  const fits = (source: YamlSource | undefined, schema: z.ZodType) =>
    !source || (!source.syntaxErrors.length && entriesOf(source).every(([, entry]) => schema.safeParse(entry).success));
  return (
    tree.documents.every((doc) => !doc.frontmatter.syntaxErrors.length && documentSchemas[doc.collection].safeParse(doc.frontmatter.value).success) &&
    tree.data.partnerships.every((source) => !source.syntaxErrors.length && partnershipSchema.safeParse(source.value).success) &&
    tree.data.subgroups.every((source) => !source.syntaxErrors.length && subgroupSchema.safeParse(source.value).success) &&
    fits(tree.data.contacts, contactSchema) &&
    fits(tree.data.glossary, glossarySchema) &&
    fits(tree.data.thresholdLevels, thresholdLevelSchema) &&
    fits(tree.data.thresholdIndicators, thresholdIndicatorSchema) &&
    fits(tree.data.timescales, timescaleSchema) &&
    siteLoads(tree.data.site)
  );
}

export interface ValidatedContent {
  problems: Problem[];
  /** Parsed frontmatter of every document that passed its schema, keyed `collection/id`. */
  documents: Map<string, { file: DocumentFile; data: DocumentData }>;
}

/** Fields only one collection has: finding them elsewhere means the file is in the wrong folder. */
function fieldsOnlyIn(collection: DocumentCollection): string[] {
  const own = Object.keys(documentSchemas[collection].shape);
  return own.filter((key) => DOCUMENT_COLLECTIONS.every((other) => other === collection || !(key in documentSchemas[other].shape)));
}

export interface ValidateOptions {
  /** "Today" for the review-date rules (YYYY-MM-DD); without it they are skipped. */
  today?: string;
  routes?: SiteRoutes;
  /**
   * Document files (paths as in `file`) that a change creates: on a pull request, those the base
   * branch does not have (`npm run check -- --base REF`). A review date already past is a
   * warning for a document that has lapsed since it was published, but an error for one being
   * created, which should start in date.
   */
  newFiles?: ReadonlySet<string>;
}

export function validateContent(tree: ContentTree, options: ValidateOptions = {}): ValidatedContent {
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

  /* ------------------------------------------------------------ documents */
  const routes = options.routes ?? readSiteRoutes(tree.root);
  const documents = new Map<string, { file: DocumentFile; data: DocumentData }>();
  const bodies = new Map<string, BodyAnalysis>();
  const titles = new Map<string, string>();
  const addresses = new Map<string, string>();
  // The line is looked up only for a clash: finding a line can mean parsing the file again (parseYaml).
  const claimAddress = (address: string, file: string, line: () => number, field: string) => {
    const other = addresses.get(address);
    if (other && other !== file) add(file, line(), field, `the address ${address} is already used by ${other}: each address can belong to one document only`);
    else addresses.set(address, file);
  };

  for (const doc of tree.documents) {
    const { frontmatter: source } = doc;
    const name = doc.file.split('/').pop()!;
    if (!SAFE_FILE_NAME.test(name)) add(doc.file, 1, 'file name', `"${name}" is not a safe web address: rename the file using lower-case letters, numbers and hyphens, such as "${doc.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.mdx"`);
    problems.push(...syntaxProblems(source));
    // The body's safety rules run whatever state the frontmatter is in.
    const draft = (source.value as { status?: unknown } | undefined)?.status === 'draft';
    const body = analyseBody(doc, { draft });
    bodies.set(`${doc.collection}/${doc.id}`, body);
    problems.push(...body.problems, ...timescaleReferenceProblems(doc, body, timescaleIds));
    if (source.syntaxErrors.length) continue;
    problems.push(...frontmatterFieldProblems(doc, draft));
    const parsed = documentSchemas[doc.collection].safeParse(source.value);
    if (!parsed.success) {
      problems.push(...schemaProblems(source, source.value, documentSchemas[doc.collection]));
      continue;
    }
    const data = parsed.data as DocumentData;
    documents.set(`${doc.collection}/${doc.id}`, { file: doc, data });
    claimAddress(`/${doc.collection}/${doc.id}/`, doc.file, () => 1, 'file name');
    data.redirectFrom.forEach((address, i) => {
      const line = () => source.lineOf(['redirectFrom', i]);
      // A redirect written over one of the site's own pages would replace that page.
      if (isSitePath(routes, address)) add(doc.file, line(), `redirectFrom[${i}]`, `${address} is the address of one of the site's own pages: list only addresses this document used to have`);
      else claimAddress(address, doc.file, line, `redirectFrom[${i}]`);
    });

    const titleKey = data.title.toLowerCase();
    const sameTitle = titles.get(titleKey);
    if (sameTitle) add(doc.file, source.lineOf(['title']), 'title', `"${data.title}" is also the title of ${sameTitle}: give each document its own title`);
    else titles.set(titleKey, doc.file);

    if (!subgroupIds.has(data.owner)) {
      add(doc.file, source.lineOf(['owner']), 'owner', `"${data.owner}" is not a subgroup: use a file name from content/subgroups/ without .yaml (${[...subgroupIds].join(', ')})`);
    }
    data.appliesTo?.forEach((id, i) => {
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
    if (options.today) problems.push(...reviewDateProblems(doc, data, options.today, options.newFiles?.has(doc.file) ?? false));
    if (doc.collection === 'briefings' && body.parsed) {
      const headings = body.headings.filter((h) => h.depth === 2).map((h) => h.text);
      const problem = briefingSectionProblem(headings);
      if (problem) add(doc.file, doc.bodyLine, 'briefing sections', problem);
    }
  }

  // Cross-document references, once every document is known.
  for (const { file: doc, data } of documents.values()) {
    data.related.forEach((ref, i) => {
      if (!documents.has(ref)) add(doc.file, doc.frontmatter.lineOf(['related', i]), `related[${i}]`, `"${ref}" is not a document: write collection/file-name, for example "procedures/strategy-discussions"`);
    });
  }
  problems.push(...linkProblems(tree, documents, bodies, subgroupIds, routes));

  if (tree.data.glossary) problems.push(...glossaryTimescaleProblems(tree.data.glossary, timescaleIds));
  const procedureIds = new Set([...documents.keys()].filter((k) => k.startsWith('procedures/')).map((k) => k.slice('procedures/'.length)));
  const levels = tree.data.thresholdLevels;
  if (levels) problems.push(...levelSetProblems(levels), ...levelContactProblems(levels, contactIds));
  const indicators = tree.data.thresholdIndicators;
  if (indicators) {
    const procedureActions = new Map([...documents].filter(([key]) => key.startsWith('procedures/')).map(([key, { data }]) => [key.slice('procedures/'.length), data.socialCare]));
    problems.push(...indicatorProcedureProblems(indicators, procedureIds), ...indicatorSocialCareProblems(indicators, procedureActions));
  }
  // Phone numbers that are not registered contacts, and email addresses, anywhere in the content.
  problems.push(...personalDataProblems(tree));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, documents };
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

/** Every timescale a body shows (`<Timescale id>`, `<Timescales ids>`) must be in content/timescales.yaml. */
function timescaleReferenceProblems(doc: DocumentFile, body: BodyAnalysis, known: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const { name, props, line } of body.components) {
    const prop = name === 'Timescale' ? 'id' : name === 'Timescales' ? 'ids' : undefined;
    if (!prop) continue;
    const ids = (props[prop] ?? '').split(/\s+/).filter(Boolean);
    if (ids.length === 0) {
      problems.push({ file: doc.file, line, field: `<${name}>`, message: `needs ${prop}="..." naming ${prop === 'id' ? 'a timescale' : 'timescales'} from content/timescales.yaml`, severity: 'error' });
    }
    for (const id of ids) {
      if (!known.has(id)) problems.push({ file: doc.file, line, field: `<${name}>`, message: `"${id}" is not a timescale in content/timescales.yaml: use one of ${[...known].join(', ')}`, severity: 'error' });
    }
  }
  return problems;
}

/** Frontmatter fields no schema knows (usually a misspelling, which would otherwise be ignored), fields that show the file is in the wrong folder, and template placeholders left in. */
function frontmatterFieldProblems(doc: DocumentFile, draft: boolean): Problem[] {
  const problems: Problem[] = [];
  const value = doc.frontmatter.value;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return problems;
  const known = documentSchemas[doc.collection].shape;
  const unknown = Object.keys(value).filter((key) => !(key in known));
  const home = DOCUMENT_COLLECTIONS.find((other) => other !== doc.collection && fieldsOnlyIn(other).some((field) => unknown.includes(field)));
  if (home) {
    const clues = fieldsOnlyIn(home).filter((field) => unknown.includes(field));
    problems.push({
      file: doc.file, line: 1, field: 'file location', severity: 'error',
      message: `this looks like a ${COLLECTION_LABELS[home].singular.toLowerCase()} (it has ${clues.join(', ')}), but it is in content/${doc.collection}/: move it to content/${home}/, or remove ${clues.join(' and ')} if it is really a ${COLLECTION_LABELS[doc.collection].singular.toLowerCase()}`,
    });
  }
  for (const key of unknown) {
    if (home && fieldsOnlyIn(home).includes(key)) continue;
    problems.push({
      file: doc.file, line: doc.frontmatter.lineOf([key]), field: key, severity: 'error',
      message: `is not a field a ${COLLECTION_LABELS[doc.collection].singular.toLowerCase()} can have: check the spelling against CONTRIBUTING.md (field names are case-sensitive), or remove it`,
    });
  }
  for (const { path, text } of stringsIn(value)) {
    if (!hasPlaceholder(text)) continue;
    const field = path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${part}` : part), '');
    problems.push({
      file: doc.file, line: doc.frontmatter.lineOf(path), field, severity: draft ? 'warning' : 'error',
      message: `still has the template's "${PLACEHOLDER}" placeholder: replace it with your own text`,
    });
  }
  return problems;
}

/** A review cannot have happened in the future; a review date that has passed needs attention. */
function reviewDateProblems(doc: DocumentFile, data: DocumentData, today: string, isNew: boolean): Problem[] {
  const problems: Problem[] = [];
  const lineOf = (field: string) => doc.frontmatter.lineOf([field]);
  if (data.lastReviewed > today) {
    problems.push({ file: doc.file, line: lineOf('lastReviewed'), field: 'lastReviewed', severity: 'error',
      message: `${data.lastReviewed} is in the future (today is ${today}): write the date the document was last checked, which is today at the latest` });
  }
  if (data.status !== 'archived' && data.nextReviewDue < today) {
    problems.push(isNew
      ? { file: doc.file, line: lineOf('nextReviewDue'), field: 'nextReviewDue', severity: 'error',
          message: `${data.nextReviewDue} has already passed (today is ${today}), and this document is new in this change: a new document starts in date, so set lastReviewed to the date it was checked and nextReviewDue to its next review (npm run new fills both in from the owner's review cycle)` }
      : { file: doc.file, line: lineOf('nextReviewDue'), field: 'nextReviewDue', severity: 'warning',
          message: `${data.nextReviewDue} has passed (today is ${today}), so the page shows it as overdue: review the document, then set lastReviewed to the review date and nextReviewDue to the next one` });
  }
  return problems;
}

/**
 * Links and images in document bodies that point nowhere: another document (`/procedures/x/`,
 * or relative such as `../x/`), a heading (`#what-to-do`, `/procedures/x/#what-to-do`), a page of
 * the site or a file in public/. Checked with the heading ids Astro gives each document.
 */
function linkProblems(
  tree: ContentTree,
  documents: Map<string, { file: DocumentFile; data: DocumentData }>,
  bodies: Map<string, BodyAnalysis>,
  subgroupIds: Set<string>,
  routes: SiteRoutes,
): Problem[] {
  const problems: Problem[] = [];
  const existing = new Map(tree.documents.map((doc) => [`/${doc.collection}/${doc.id}/`, doc]));
  const formerAddresses = new Map<string, string>();
  for (const [key, { data }] of documents) for (const address of data.redirectFrom) formerAddresses.set(address, `/${key}/`);
  const slugsOf = (key: string) => (bodies.get(key)?.headings ?? []).map((h) => h.slug);
  const headingList = (slugs: string[]) => (slugs.length ? `headings there are ${slugs.slice(0, 8).map((s) => `#${s}`).join(', ')}${slugs.length > 8 ? ', ...' : ''}` : 'that page has no headings');

  for (const doc of tree.documents) {
    const key = `${doc.collection}/${doc.id}`;
    const body = bodies.get(key);
    if (!body?.parsed) continue;
    const self = `/${key}/`;
    const isDraft = documents.get(key)?.data.status === 'draft';
    const add = (line: number, message: string, severity: Problem['severity'] = 'error', field = 'links') =>
      problems.push({ file: doc.file, line, field, message, severity });

    for (const link of body.links) {
      const written = link.url.trim();
      if (!written) {
        add(link.line, `a ${link.kind} has no address: put one between the round brackets, like [text](/procedures/neglect/)`);
        continue;
      }
      // Other websites, email and phone links are not checked here (dangerous schemes are, in mdx-rules).
      if (/^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('//')) continue;
      let resolved: URL;
      try {
        resolved = new URL(written, `https://site.invalid${self}`);
      } catch {
        add(link.line, `"${written}" is not a web address: write a site address such as /procedures/neglect/`);
        continue;
      }
      const path = decodeURIComponent(resolved.pathname);
      const fragment = decodeURIComponent(resolved.hash.slice(1));

      if (link.kind === 'image') {
        if (!routes.files.has(path)) add(link.line, `"${written}" is not a file in public/: ask a developer to add the image to public/images/, then write /images/its-name.png`, 'error', 'images');
        continue;
      }
      if (path === self && written.startsWith('#')) {
        if (fragment && !slugsOf(key).includes(fragment)) add(link.line, `"#${fragment}" is not a heading on this page: ${headingList(slugsOf(key))}`);
        continue;
      }
      const target = existing.get(path) ?? existing.get(`${path}/`);
      if (target) {
        const targetKey = `${target.collection}/${target.id}`;
        if (!path.endsWith('/')) {
          add(link.line, `"${written}" needs a slash at the end: write /${targetKey}/${fragment ? `#${fragment}` : ''}`);
          continue;
        }
        if (!isDraft && documents.get(targetKey)?.data.status === 'draft') {
          add(link.line, `"${written}" links to a draft, which readers cannot see: publish ${target.file} first, or remove the link`);
        }
        if (fragment && !slugsOf(targetKey).includes(fragment)) {
          add(link.line, `"#${fragment}" is not a heading in ${target.file}: ${headingList(slugsOf(targetKey))}`);
        }
        continue;
      }
      const moved = formerAddresses.get(path);
      if (moved) {
        add(link.line, `"${written}" is an old address, now ${moved}: link to the new address`, 'warning');
        continue;
      }
      const segments = path.split('/').filter(Boolean);
      if (segments[0] === 'subgroups' && segments.length === 2 && path.endsWith('/')) {
        if (!subgroupIds.has(segments[1]!)) add(link.line, `"${written}" is not a subgroup page: use a file name from content/subgroups/ without .yaml`);
        continue;
      }
      if (isSitePath(routes, path)) continue;
      if (isSitePath(routes, `${path}/`)) {
        add(link.line, `"${written}" needs a slash at the end: write ${path}/`);
        continue;
      }
      const collection = DOCUMENT_COLLECTIONS.find((c) => segments[0] === c);
      add(link.line, collection
        ? `"${written}" is not a document: check the file name in content/${collection}/ and write /${collection}/file-name-without-mdx/`
        : `"${written}" is not a page on this site: links to documents look like /procedures/neglect/ (the folder and the file name without .mdx)`);
    }
  }
  return problems;
}

/* ------------------------------------------------------------ site.yaml */

/** Astro's loader needs site.yaml present and fitting its schema (src/content.config.ts). */
const siteLoads = (source: YamlSource | undefined) => !!source && !source.syntaxErrors.length && siteSchema.safeParse(source.value).success;

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
