/**
 * What documents name elsewhere in the content: the timescales a body shows, the owner, the
 * partnerships, the contacts and the related documents in the frontmatter. Each must exist,
 * because Astro's own `reference()` only logs an unknown id and lets the build succeed. Titles
 * are here too: a title is how readers find a document, so two documents cannot share one.
 */
import type { Problem } from '../problems.ts';
import type { DocumentFile } from '../files.ts';
import type { BodyAnalysis } from './mdx.ts';
import type { KnownIds } from './data-files.ts';
import { documentKey, type ParsedDocuments } from './frontmatter.ts';

const error = (file: string, line: number, field: string, message: string): Problem => ({ file, line, field, message, severity: 'error' });

/** Every timescale a body shows (`<Timescale id>`, `<Timescales ids>`) must be in content/timescales/. */
export function timescaleReferenceProblems(documents: readonly DocumentFile[], bodies: ReadonlyMap<string, BodyAnalysis>, known: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const doc of documents) {
    for (const { name, props, line } of bodies.get(documentKey(doc))?.components ?? []) {
      const prop = name === 'Timescale' ? 'id' : name === 'Timescales' ? 'ids' : undefined;
      if (!prop) continue;
      const ids = (props[prop] ?? '').split(/\s+/).filter(Boolean);
      if (ids.length === 0) {
        problems.push(error(doc.file, line, `<${name}>`, `needs ${prop}="..." naming ${prop === 'id' ? 'a timescale' : 'timescales'} from content/timescales/`));
      }
      for (const id of ids) {
        if (!known.has(id)) problems.push(error(doc.file, line, `<${name}>`, `"${id}" is not a timescale in content/timescales/: use one of ${[...known].join(', ')}`));
      }
    }
  }
  return problems;
}

/** Titles no other document has (the first keeps it), and an owner, partnerships and contacts that exist. */
export function frontmatterReferenceProblems(documents: ParsedDocuments, ids: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const titles = new Map<string, string>();
  const partnerships = [...ids.partnerships];
  for (const { file: doc, data } of documents.values()) {
    const lineOf = (path: (string | number)[]) => doc.frontmatter.lineOf(path);
    const titleKey = data.title.toLowerCase();
    const sameTitle = titles.get(titleKey);
    if (sameTitle) problems.push(error(doc.file, lineOf(['title']), 'title', `"${data.title}" is also the title of ${sameTitle}: give each document its own title`));
    else titles.set(titleKey, doc.file);

    if (!ids.subgroups.has(data.owner)) {
      problems.push(error(doc.file, lineOf(['owner']), 'owner', `"${data.owner}" is not a subgroup: use a file name from content/subgroups/ without .yaml (${[...ids.subgroups].join(', ')})`));
    }
    data.appliesTo?.forEach((id, i) => {
      if (!ids.partnerships.has(id)) problems.push(error(doc.file, lineOf(['appliesTo', i]), `appliesTo[${i}]`, `"${id}" is not a partnership: use ${partnerships.join(' or ')}`));
    });
    const partnership = (data as { partnership?: string }).partnership;
    if (partnership !== undefined && !ids.partnerships.has(partnership)) {
      problems.push(error(doc.file, lineOf(['partnership']), 'partnership', `"${partnership}" is not a partnership: use ${partnerships.join(' or ')}`));
    }
    data.contacts.forEach((id, i) => {
      if (!ids.contacts.has(id)) problems.push(error(doc.file, lineOf(['contacts', i]), `contacts[${i}]`, `"${id}" is not in content/contacts/: use a file name from there without .yaml`));
    });
  }
  return problems;
}

/** Related documents, checked once every document is known. */
export function relatedDocumentProblems(documents: ParsedDocuments): Problem[] {
  return [...documents.values()].flatMap(({ file: doc, data }) =>
    data.related.flatMap((ref, i) => documents.has(ref) ? [] : [
      error(doc.file, doc.frontmatter.lineOf(['related', i]), `related[${i}]`, `"${ref}" is not a document: write collection/file-name, for example "procedures/strategy-discussions"`),
    ]));
}
