import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localIsoDate } from '../../src/lib/dates.ts';
import { dueSoonDays, DEFAULT_DUE_SOON_DAYS } from '../../src/lib/review/status.ts';
import { daysInWords, documentCount, reviewedDocument, reviewReport, type ReviewedDocument } from '../../src/lib/review/report.ts';

const doc = (id: string, owner: string, nextReviewDue: string, status: ReviewedDocument['status'] = 'published'): ReviewedDocument => ({
  collection: 'procedures',
  id,
  title: id,
  owner,
  status,
  lastReviewed: '2025-01-01',
  nextReviewDue,
});
const ownerNames = new Map([
  ['alpha', 'Alpha Group'],
  ['beta', 'Beta Group'],
]);

test('the due-soon window is 60 days unless REVIEW_DUE_SOON_DAYS says otherwise', () => {
  assert.equal(dueSoonDays({}), DEFAULT_DUE_SOON_DAYS);
  assert.equal(dueSoonDays({ REVIEW_DUE_SOON_DAYS: ' 90 ' }), 90);
  assert.equal(dueSoonDays({ REVIEW_DUE_SOON_DAYS: '0' }), 0);
  assert.throws(() => dueSoonDays({ REVIEW_DUE_SOON_DAYS: 'sixty' }), /REVIEW_DUE_SOON_DAYS must be a whole number of days.*"sixty"/);
  assert.throws(() => dueSoonDays({ REVIEW_DUE_SOON_DAYS: '-5' }), /whole number/);
});

test('the report totals published documents by state and leaves drafts and archived documents out', () => {
  const report = reviewReport(
    [
      doc('late', 'alpha', '2026-01-01'),
      doc('soon', 'alpha', '2026-03-01'),
      doc('fine', 'beta', '2027-01-01'),
      doc('draft', 'beta', '2020-01-01', 'draft'),
      doc('old', 'beta', '2020-01-01', 'archived'),
    ],
    { today: '2026-02-01', dueSoonDays: 60, ownerNames },
  );
  assert.deepEqual(report.totals, { overdue: 1, 'due-soon': 1, current: 1 });
  const ids = report.owners.flatMap((o) => o.rows.map((r) => r.doc.id));
  assert.deepEqual(ids, ['late', 'soon', 'fine']);
  assert.equal(report.owners[0]!.ownerName, 'Alpha Group');
  assert.deepEqual(
    report.owners[0]!.byState.overdue.map((r) => r.doc.id),
    ['late'],
  );
  assert.deepEqual(
    report.owners[0]!.byState['due-soon'].map((r) => r.doc.id),
    ['soon'],
  );
});

test('the subgroup with the most urgent review comes first, whatever its name', () => {
  const report = reviewReport([doc('a', 'alpha', '2027-01-01'), doc('b', 'beta', '2025-06-01')], {
    today: '2026-02-01',
    dueSoonDays: 60,
    ownerNames,
  });
  assert.deepEqual(
    report.owners.map((o) => o.owner),
    ['beta', 'alpha'],
  );
});

test('the window decides what counts as due soon', () => {
  const docs = [doc('a', 'alpha', '2026-04-01')];
  assert.equal(reviewReport(docs, { today: '2026-02-01', dueSoonDays: 60, ownerNames }).totals['due-soon'], 1);
  assert.equal(reviewReport(docs, { today: '2026-02-01', dueSoonDays: 30, ownerNames }).totals.current, 1);
});

test('an owner with no name on record is shown by its id', () => {
  const report = reviewReport([doc('a', 'gamma', '2027-01-01')], { today: '2026-02-01', dueSoonDays: 60, ownerNames });
  assert.equal(report.owners[0]!.ownerName, 'gamma');
});

test('days are said in words', () => {
  assert.equal(daysInWords(-1), '1 day overdue');
  assert.equal(daysInWords(-12), '12 days overdue');
  assert.equal(daysInWords(0), 'due today');
  assert.equal(daysInWords(30), 'due in 30 days');
});

test("one row for a document, whether the page passes its collection entry or the command the checker's", () => {
  const data = {
    title: 'Neglect',
    summary: 'Not needed here.',
    owner: 'alpha',
    status: 'published' as const,
    lastReviewed: '2025-01-01',
    nextReviewDue: '2027-01-01',
    contacts: ['emergency-999'],
  };
  const page = reviewedDocument({ collection: 'procedures', id: 'neglect', data });
  assert.deepEqual(page, {
    collection: 'procedures',
    id: 'neglect',
    title: 'Neglect',
    owner: 'alpha',
    status: 'published',
    lastReviewed: '2025-01-01',
    nextReviewDue: '2027-01-01',
    contacts: ['emergency-999'],
  });
  assert.ok(!('file' in page), 'the site names no files');
  const command = reviewedDocument({ collection: 'procedures', id: 'neglect', file: 'content/procedures/neglect.mdx', data });
  assert.deepEqual(command, { ...page, file: 'content/procedures/neglect.mdx' });
});

test('counts of documents are said in words', () => {
  assert.equal(documentCount(0), '0 documents');
  assert.equal(documentCount(1), '1 document');
  assert.equal(documentCount(12), '12 documents');
});

test("the reader's date is their local calendar date", () => {
  assert.equal(localIsoDate(new Date(2028, 0, 9, 23, 59)), '2028-01-09');
  assert.equal(localIsoDate(new Date(2028, 11, 31, 0, 1)), '2028-12-31');
});
