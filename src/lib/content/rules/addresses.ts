/**
 * Where files are and the addresses they give documents: a file no collection reads, a file name
 * that is not a safe web address, and two documents claiming one address, whether as their own
 * or through `redirectFrom` (which may not take over one of the site's own pages either).
 */
import type { Problem } from '../problems.ts';
import type { ContentTree, DocumentFile, YamlSource } from '../files.ts';
import { isSitePath, type SiteRoutes } from '../site-routes.ts';
import type { ParsedDocuments } from './frontmatter.ts';

const SAFE_FILE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(mdx|yaml)$/;

const error = (file: string, line: number, field: string, message: string): Problem => ({ file, line, field, message, severity: 'error' });

const fileNameOf = (file: string) => file.split('/').pop()!;

export function strayFileProblems(tree: ContentTree): Problem[] {
  return tree.strays.map((stray) =>
    error(stray, 1, 'file location', 'no collection reads this file: documents go in content/<collection>/ as .mdx files, data in the YAML files described in CONTRIBUTING.md'));
}

/** Partnership and subgroup files: their names are ids that documents and pages use. */
export function dataFileNameProblems(sources: readonly YamlSource[]): Problem[] {
  return sources.flatMap((source) =>
    SAFE_FILE_NAME.test(fileNameOf(source.file)) ? [] : [error(source.file, 1, 'file name', 'use lower-case letters, numbers and hyphens only, ending .yaml')]);
}

/** A document's file name is its address, so it must be one a browser and a reader can use. */
export function documentFileNameProblems(documents: readonly DocumentFile[]): Problem[] {
  return documents.flatMap((doc) => {
    const name = fileNameOf(doc.file);
    if (SAFE_FILE_NAME.test(name)) return [];
    const suggestion = `${doc.id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.mdx`;
    return [error(doc.file, 1, 'file name', `"${name}" is not a safe web address: rename the file using lower-case letters, numbers and hyphens, such as "${suggestion}"`)];
  });
}

/**
 * Each address belongs to one document: its own (`/collection/id/`) and each of its former
 * addresses. The first document to claim an address keeps it; later claims are the problems.
 */
export function addressProblems(documents: ParsedDocuments, routes: SiteRoutes): Problem[] {
  const problems: Problem[] = [];
  const addresses = new Map<string, string>();
  // The line is looked up only for a clash: finding a line can mean parsing the file again (parseYaml).
  const claimAddress = (address: string, file: string, line: () => number, field: string) => {
    const other = addresses.get(address);
    if (other && other !== file) problems.push(error(file, line(), field, `the address ${address} is already used by ${other}: each address can belong to one document only`));
    else addresses.set(address, file);
  };
  for (const { file: doc, data } of documents.values()) {
    claimAddress(`/${doc.collection}/${doc.id}/`, doc.file, () => 1, 'file name');
    data.redirectFrom.forEach((address, i) => {
      const line = () => doc.frontmatter.lineOf(['redirectFrom', i]);
      // A redirect written over one of the site's own pages would replace that page.
      if (isSitePath(routes, address)) problems.push(error(doc.file, line(), `redirectFrom[${i}]`, `${address} is the address of one of the site's own pages: list only addresses this document used to have`));
      else claimAddress(address, doc.file, line, `redirectFrom[${i}]`);
    });
  }
  return problems;
}
