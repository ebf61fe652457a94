/**
 * The review report: every published document's review status, grouped by the subgroup that owns
 * it, most urgent first. One shape for the /reviews/ dashboard and `npm run reviews`, so the page
 * and the meeting papers always say the same thing.
 */
import { byUrgency, reviewStatus, type ReviewState, type ReviewStatus } from './review.ts';
import type { DocumentCollection } from './schema.ts';
import type { Status } from './documents.ts';

export interface ReviewedDocument {
  collection: DocumentCollection;
  id: string;
  title: string;
  /** The owning subgroup's id. */
  owner: string;
  status: Status;
  lastReviewed: string;
  nextReviewDue: string;
  /** The source file, where the caller knows it (the CLI names files; the site does not). */
  file?: string;
}

export interface ReviewRow {
  doc: ReviewedDocument;
  status: ReviewStatus;
}

export interface OwnerReviews {
  owner: string;
  ownerName: string;
  /** All of the owner's rows, most urgent first. */
  rows: ReviewRow[];
  /** The same rows split by state, each most urgent first. */
  byState: Record<ReviewState, ReviewRow[]>;
}

export interface ReviewReport {
  today: string;
  dueSoonDays: number;
  totals: Record<ReviewState, number>;
  owners: OwnerReviews[];
}

export const REVIEW_STATES: readonly ReviewState[] = ['overdue', 'due-soon', 'current'];

/**
 * Only published documents are reviewed: a draft is not in force yet, and an archived document
 * is kept for the record and no longer in force, so neither can be overdue.
 */
export const isUnderReview = (doc: { status: Status }) => doc.status === 'published';

const emptyStates = <T>(make: () => T): Record<ReviewState, T> => ({ overdue: make(), 'due-soon': make(), current: make() });

export function reviewReport(
  documents: readonly ReviewedDocument[],
  options: { today: string; dueSoonDays: number; ownerNames: ReadonlyMap<string, string> },
): ReviewReport {
  const rows = documents
    .filter(isUnderReview)
    .map((doc) => ({ doc, status: reviewStatus(doc.nextReviewDue, options.today, options.dueSoonDays) }))
    .sort((a, b) => byUrgency(a, b) || a.doc.title.localeCompare(b.doc.title, 'en-GB'));

  const totals = emptyStates(() => 0);
  const owners = new Map<string, OwnerReviews>();
  for (const row of rows) {
    totals[row.status.state] += 1;
    let group = owners.get(row.doc.owner);
    if (!group) {
      group = { owner: row.doc.owner, ownerName: options.ownerNames.get(row.doc.owner) ?? row.doc.owner, rows: [], byState: emptyStates<ReviewRow[]>(() => []) };
      owners.set(row.doc.owner, group);
    }
    group.rows.push(row);
    group.byState[row.status.state].push(row);
  }
  // Rows are already most urgent first, so each group's first row is its most urgent: the group
  // with the most pressing review comes first, then by name.
  const ordered = [...owners.values()].sort((a, b) => byUrgency(a.rows[0]!, b.rows[0]!) || a.ownerName.localeCompare(b.ownerName, 'en-GB'));
  return { today: options.today, dueSoonDays: options.dueSoonDays, totals, owners: ordered };
}

/** "12 days overdue", "due today", "due in 30 days": how far off a review is, in words. */
export function daysInWords(daysLeft: number): string {
  const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (daysLeft < 0) return `${days(-daysLeft)} overdue`;
  if (daysLeft === 0) return 'due today';
  return `due in ${days(daysLeft)}`;
}
