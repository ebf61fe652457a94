/**
 * Every rule the content must meet, applied to the whole of `content/` at once so that
 * cross-file rules (an owner that exists, two documents at one address) are checked too.
 * The checker prints these problems; the build refuses to start while any error remains.
 *
 * The rules live in families under rules/; this module only runs them in order. The order is
 * part of the output: problems are sorted by file and line, and problems on one line keep the
 * order their families ran in (a document's file name, its YAML, its text, its fields...).
 */
import type { Problem } from './problems.ts';
import type { ContentTree } from './files.ts';
import { readSiteRoutes, type SiteRoutes } from './site-routes.ts';
import { addressProblems, documentFileNameProblems, strayFileProblems } from './rules/addresses.ts';
import { briefingSectionProblems } from './rules/briefing-sections.ts';
import { dataFileProblems } from './rules/data-files.ts';
import { documentKey, frontmatterSyntaxProblems, isDraft, parseFrontmatter, type ParsedDocuments } from './rules/frontmatter.ts';
import { linkProblems } from './rules/links.ts';
import { analyseBody, type BodyAnalysis } from './rules/mdx.ts';
import { personalDataProblems } from './rules/personal-data.ts';
import { frontmatterReferenceProblems, relatedDocumentProblems, timescaleReferenceProblems } from './rules/references.ts';
import { reviewDateProblems } from './rules/review-dates.ts';
import { thresholdDataProblems } from './rules/thresholds.ts';

export interface ValidatedContent {
  problems: Problem[];
  /** Parsed frontmatter of every document that passed its schema, keyed `collection/id`. */
  documents: ParsedDocuments;
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
  const problems: Problem[] = [...strayFileProblems(tree)];

  const data = dataFileProblems(tree);
  problems.push(...data.problems);

  // Each document on its own. The body's safety rules run whatever state the frontmatter is in.
  const routes = options.routes ?? readSiteRoutes(tree.root);
  problems.push(...documentFileNameProblems(tree.documents), ...frontmatterSyntaxProblems(tree.documents));
  const bodies = new Map<string, BodyAnalysis>();
  for (const doc of tree.documents) {
    const body = analyseBody(doc, { draft: isDraft(doc) });
    bodies.set(documentKey(doc), body);
    problems.push(...body.problems);
  }
  problems.push(...timescaleReferenceProblems(tree.documents, bodies, data.ids.timescales));
  const frontmatter = parseFrontmatter(tree.documents);
  const { documents } = frontmatter;
  problems.push(
    ...frontmatter.problems,
    ...addressProblems(documents, routes),
    ...frontmatterReferenceProblems(documents, data.ids),
    ...(options.today ? reviewDateProblems(documents, options.today, options.newFiles) : []),
    ...briefingSectionProblems(documents, bodies),
  );

  // Across documents, once every document is known.
  problems.push(
    ...relatedDocumentProblems(documents),
    ...linkProblems(tree, documents, bodies, data.ids.subgroups, routes),
    ...thresholdDataProblems(tree.data, documents, data.ids.contacts),
    // Phone numbers that are not registered contacts, and email addresses, anywhere in the content.
    ...personalDataProblems(tree),
  );
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, documents };
}
