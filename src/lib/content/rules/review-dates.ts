/**
 * The dates that depend on today: a review or an amendment cannot have happened in the future,
 * and a review date that has passed needs attention. (The dates' relation to one another, such as
 * the three-year limit, is in the schemas: it holds whatever the day.)
 */
import type { Problem } from '../problems.ts';
import type { DocumentFile } from '../files.ts';
import type { DocumentData } from '../schema.ts';
import type { ParsedDocuments } from './frontmatter.ts';

/**
 * `today` is YYYY-MM-DD. `newFiles` are the document files a change creates: a review date already
 * past is a warning for a document that has lapsed since it was published, but an error for one
 * being created, which should start in date.
 */
export function reviewDateProblems(documents: ParsedDocuments, today: string, newFiles: ReadonlySet<string> | undefined): Problem[] {
  return [...documents.values()].flatMap(({ file: doc, data }) => [
    ...amendmentDateProblems(doc, data, today),
    ...reviewProblems(doc, data, today, newFiles?.has(doc.file) ?? false),
  ]);
}

function amendmentDateProblems(doc: DocumentFile, data: DocumentData, today: string): Problem[] {
  if (data.status === 'archived') return [];
  const i = data.amendments.findIndex((a) => a.date > today);
  if (i === -1) return [];
  return [{ file: doc.file, line: doc.frontmatter.lineOf(['amendments', i, 'date']), field: `amendments[${i}].date`, severity: 'error',
    message: `is in the future (today is ${today}): date an amendment when it is made` }];
}

function reviewProblems(doc: DocumentFile, data: DocumentData, today: string, isNew: boolean): Problem[] {
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
