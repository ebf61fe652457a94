/**
 * Internal links and images in document bodies, checked against the content and the site's own
 * pages and files (site-routes.ts) without building: a link to a document, a heading, a page of
 * the site or a file in public/ must lead somewhere a reader can go. Links to other websites are
 * only warned about when they are not secure (http://).
 */

/** The warning for a plain http:// address: a warning, as some public bodies' sites still lack https. */
export const INSECURE_LINK_MESSAGE = 'links to http:// addresses are not secure: use the https:// address if the site has one';

const isInsecure = (url: unknown): url is string => typeof url === 'string' && /^http:\/\//i.test(url.trim());

/**
 * http:// addresses in frontmatter and data: a document's `sources` urls and a contact's `web`.
 * (A contact's `source.url` must already be https://, by its schema.)
 */
function insecureAddressProblems(tree: ContentTree, documents: ParsedDocuments): Problem[] {
  const problems: Problem[] = [];
  const warn = (file: string, line: number, field: string, url: string) =>
    problems.push({ file, line, field, message: `"${url.trim()}": ${INSECURE_LINK_MESSAGE}`, severity: 'warning' });
  for (const { file, data } of documents.values()) {
    data.sources?.forEach((source, index) => {
      if (isInsecure(source.url)) warn(file.file, file.frontmatter.lineOf(['sources', index, 'url']), `sources[${index}].url`, source.url);
    });
  }
  for (const entry of entriesOf(tree.data.contacts)) {
    const web = (entry.value as { web?: unknown } | null)?.web;
    if (isInsecure(web)) warn(entry.source.file, entry.lineOf(['web']), entry.fieldName('web'), web);
  }
  return problems;
}
import type { Problem } from '../problems.ts';
import { entriesOf, type ContentTree } from '../files.ts';
import { isSitePath, type SiteRoutes } from '../site-routes.ts';
import { DOCUMENT_COLLECTIONS } from '../vocabulary.ts';
import { documentKey, type ParsedDocuments } from './frontmatter.ts';
import type { BodyAnalysis } from './mdx.ts';

/**
 * Links and images in document bodies that point nowhere: another document (`/procedures/x/`,
 * or relative such as `../x/`), a heading (`#what-to-do`, `/procedures/x/#what-to-do`), a page of
 * the site or a file in public/. Checked with the heading ids Astro gives each document.
 */
export function linkProblems(
  tree: ContentTree,
  documents: ParsedDocuments,
  bodies: ReadonlyMap<string, BodyAnalysis>,
  subgroupIds: ReadonlySet<string>,
  routes: SiteRoutes,
): Problem[] {
  const problems: Problem[] = insecureAddressProblems(tree, documents);
  const existing = new Map(tree.documents.map((doc) => [`/${doc.collection}/${doc.id}/`, doc]));
  const formerAddresses = new Map<string, string>();
  for (const [key, { data }] of documents) for (const address of data.redirectFrom) formerAddresses.set(address, `/${key}/`);
  const slugsOf = (key: string) => (bodies.get(key)?.headings ?? []).map((h) => h.slug);
  const headingList = (slugs: string[]) => (slugs.length ? `headings there are ${slugs.slice(0, 8).map((s) => `#${s}`).join(', ')}${slugs.length > 8 ? ', ...' : ''}` : 'that page has no headings');

  for (const doc of tree.documents) {
    const key = documentKey(doc);
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
      if (isInsecure(written) && link.kind === 'link') add(link.line, `"${written}": ${INSECURE_LINK_MESSAGE}`, 'warning');
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
