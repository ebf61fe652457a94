/**
 * The review dashboard against the reader's own date. The page is built with the date of its
 * build, and a site built before a document's review fell due would go on calling it in date:
 * this moves each document to the table its review state has today, with the same rule the build
 * used (reviewStatus) and the same words (daysInWords), as each document's own banner does.
 * Enhances the element carrying `data-review-report` (src/pages/reviews/index.astro).
 */
import { formatDate, localIsoDate } from '../../lib/dates.ts';
import { DEFAULT_DUE_SOON_DAYS, reviewStatus, type ReviewState } from '../../lib/review/status.ts';
import { daysInWords, documentCount, REVIEW_STATES } from '../../lib/review/report.ts';
import { enhance } from '../enhance.ts';

enhance('data-review-report', (report) => recheckReviews(report, localIsoDate(new Date())));

function recheckReviews(report: HTMLElement, today: string): void {
  const soonDays = Number(report.dataset.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
  const built = report.querySelector<HTMLTimeElement>('[data-review-today]');
  if (!built || built.dateTime === today) return;

  const totals: Record<ReviewState, number> = { overdue: 0, 'due-soon': 0, current: 0 };
  for (const owner of report.querySelectorAll<HTMLElement>('[data-review-owner]')) {
    const tables = new Map(REVIEW_STATES.map((state) => [state, owner.querySelector<HTMLElement>(`[data-review-state="${state}"]`)!]));
    const rows = [...owner.querySelectorAll<HTMLTableRowElement>('[data-review-row]')];
    for (const row of rows.sort((a, b) => a.dataset.nextReviewDue!.localeCompare(b.dataset.nextReviewDue!))) {
      const { state, daysLeft } = reviewStatus(row.dataset.nextReviewDue!, today, soonDays);
      const when = row.querySelector<HTMLElement>('[data-review-when]')!;
      when.textContent = daysInWords(daysLeft);
      when.className = `status status--${state}`;
      tables.get(state)!.querySelector('tbody')!.append(row);
    }
    const summary: string[] = [];
    for (const [state, table] of tables) {
      const n = table.querySelectorAll('[data-review-row]').length;
      totals[state] += n;
      table.hidden = n === 0;
      const heading = table.querySelector<HTMLElement>('[data-review-heading]')!;
      heading.textContent = `${heading.dataset.reviewHeading} (${n})`;
      summary.push(`${heading.dataset.reviewHeading}: ${n}`);
    }
    owner.querySelector('[data-review-summary]')!.textContent = `${summary.join('. ')}.`;
  }
  for (const state of REVIEW_STATES) {
    const total = report.querySelector(`[data-review-total="${state}"]`);
    if (total) total.textContent = documentCount(totals[state]);
  }
  built.dateTime = today;
  built.textContent = formatDate(today);
  report.querySelector('[data-review-today-note]')!.textContent = ', today on this device (the page was built earlier)';
}
