/**
 * Whether a document is in date. The one definition of "overdue" and "due soon" used by the
 * page banner, the /reviews/ dashboard, the `npm run reviews` report and the in-browser check.
 */
import { daysBetween } from '../dates.ts';

export type ReviewState = 'overdue' | 'due-soon' | 'current';

/** Days before nextReviewDue at which a document counts as due soon. */
export const DEFAULT_DUE_SOON_DAYS = 60;

/**
 * The due-soon window for this build or report: `REVIEW_DUE_SOON_DAYS` when set, otherwise 60.
 * The only place the variable is read, so the page banner, /reviews/, the subgroup pages and
 * `npm run reviews` can never disagree about what "due soon" means. (The in-browser check is
 * given the same number through the banner's data-due-soon-days attribute.)
 */
export function dueSoonDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.REVIEW_DUE_SOON_DAYS?.trim();
  if (!raw) return DEFAULT_DUE_SOON_DAYS;
  if (!/^\d{1,4}$/.test(raw)) {
    throw new Error(`REVIEW_DUE_SOON_DAYS must be a whole number of days, such as 60; it is "${raw}".`);
  }
  return Number(raw);
}

export interface ReviewStatus {
  state: ReviewState;
  /** Days until the review is due; negative once overdue. */
  daysLeft: number;
}

export function reviewStatus(nextReviewDue: string, today: string, dueSoonDays = DEFAULT_DUE_SOON_DAYS): ReviewStatus {
  const daysLeft = daysBetween(today, nextReviewDue);
  const state: ReviewState = daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due-soon' : 'current';
  return { state, daysLeft };
}

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  overdue: 'Overdue for review',
  'due-soon': 'Review due soon',
  current: 'In date',
};

/** Most urgent first: overdue, then due soon, then current; within each, the earliest due date first. */
export function byUrgency<T extends { status: ReviewStatus }>(a: T, b: T): number {
  const rank: Record<ReviewState, number> = { overdue: 0, 'due-soon': 1, current: 2 };
  return rank[a.status.state] - rank[b.status.state] || a.status.daysLeft - b.status.daysLeft;
}

/** The banner text for a document that is not current, or null when it is in date. */
export function reviewMessage(state: ReviewState, nextReviewDue: string, owner: string, formatDate: (d: string) => string): string | null {
  if (state === 'overdue') {
    return `This document was due for review on ${formatDate(nextReviewDue)} and has not yet been reviewed. It stays in force until it is replaced. If you are unsure whether it is still right, ask the ${owner}.`;
  }
  if (state === 'due-soon') {
    return `This document is due for review on ${formatDate(nextReviewDue)}. It stays in force until it is replaced.`;
  }
  return null;
}
