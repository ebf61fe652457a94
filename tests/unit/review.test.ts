import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byUrgency, reviewMessage, reviewStatus } from '../../src/lib/review/status.ts';
import { formatDate } from '../../src/lib/dates.ts';

test('a review date in the past is overdue, within 60 days is due soon, later is current', () => {
  assert.deepEqual(reviewStatus('2026-01-01', '2026-01-02'), { state: 'overdue', daysLeft: -1 });
  assert.equal(reviewStatus('2026-01-01', '2026-01-01').state, 'due-soon');
  assert.equal(reviewStatus('2026-03-01', '2026-01-01').state, 'due-soon');
  assert.equal(reviewStatus('2026-03-03', '2026-01-01').state, 'current');
});

test('the due-soon window can be configured', () => {
  assert.equal(reviewStatus('2026-03-01', '2026-01-01', 30).state, 'current');
});

test('documents sort overdue first, then due soon, then current, earliest due first', () => {
  const docs = [
    { id: 'current', status: reviewStatus('2027-01-01', '2026-01-01') },
    { id: 'overdue-recent', status: reviewStatus('2025-12-01', '2026-01-01') },
    { id: 'soon', status: reviewStatus('2026-02-01', '2026-01-01') },
    { id: 'overdue-long', status: reviewStatus('2025-01-01', '2026-01-01') },
  ];
  assert.deepEqual(
    docs.sort(byUrgency).map((d) => d.id),
    ['overdue-long', 'overdue-recent', 'soon', 'current'],
  );
});

test('the banner names the date and the owner, and says the document stays in force', () => {
  const message = reviewMessage('overdue', '2025-12-01', 'Policy and Procedures Group', formatDate);
  assert.match(message!, /1 December 2025/);
  assert.match(message!, /Policy and Procedures Group/);
  assert.match(message!, /stays in force/);
  assert.equal(reviewMessage('current', '2030-01-01', 'x', formatDate), null);
});
