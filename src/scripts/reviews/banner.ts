/**
 * A document's review banner (src/components/ReviewBanner.astro) against the reader's own date:
 * the page was built with the date of its build, and a page built before its review fell due
 * would go on saying nothing. The due date and the due-soon window travel in the banner's data
 * attributes, so the browser applies exactly the rule the build applied.
 */
import { formatDate, localIsoDate } from '../../lib/dates.ts';
import { DEFAULT_DUE_SOON_DAYS, reviewMessage, reviewStatus, REVIEW_STATE_LABELS } from '../../lib/review/status.ts';
import { enhance } from '../enhance.ts';

enhance('data-review-banner', (banner) => {
  const due = banner.dataset.nextReviewDue!;
  const { state } = reviewStatus(due, localIsoDate(new Date()), Number(banner.dataset.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS));
  const message = reviewMessage(state, due, banner.dataset.owner ?? 'owning group', formatDate);
  if (!message || state === banner.dataset.state) return;
  banner.dataset.state = state;
  banner.querySelector('.review-banner__label')!.textContent = `${REVIEW_STATE_LABELS[state]}:`;
  banner.querySelector('[data-review-message]')!.textContent = message;
  banner.hidden = false;
  banner.setAttribute('role', 'note');
});
