import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths } from '../../src/lib/dates.ts';
import { documentSchemas, levelNumberSchema, MAX_REVIEW_INTERVAL_MONTHS } from '../../src/lib/content/schema.ts';

const valid = {
  title: 'Strategy discussions',
  summary: 'When and how to hold a strategy discussion.',
  owner: 'policy-and-procedures',
  version: '1.0',
  lastReviewed: '2026-01-10',
  nextReviewDue: '2028-01-10',
};

const issues = (data: unknown) => {
  const result = documentSchemas.procedures.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('a complete procedure passes and gets its defaults', () => {
  const result = documentSchemas.procedures.parse(valid);
  assert.equal(result.appliesTo, undefined, 'left out, it applies to every partnership');
  assert.equal(result.status, 'published');
  assert.equal(result.audience, 'practitioners');
});

test('dates written unquoted in YAML (Date objects) become YYYY-MM-DD strings', () => {
  const result = documentSchemas.procedures.parse({ ...valid, lastReviewed: new Date('2026-01-10T00:00:00Z') });
  assert.equal(result.lastReviewed, '2026-01-10');
});

test('a missing or empty title is refused, naming the field', () => {
  assert.match(issues({ ...valid, title: undefined }).join('\n'), /^title: is missing/m);
  assert.match(issues({ ...valid, title: '   ' }).join('\n'), /^title: is empty/m);
});

test('an impossible date is refused', () => {
  assert.match(issues({ ...valid, lastReviewed: '2026-02-30' }).join('\n'), /lastReviewed: "2026-02-30" is not a real date/);
});

test('nextReviewDue must be after lastReviewed and within three years', () => {
  assert.match(issues({ ...valid, nextReviewDue: '2025-01-01' }).join('\n'), /nextReviewDue: must be after lastReviewed/);
  assert.match(issues({ ...valid, nextReviewDue: '2029-06-01' }).join('\n'), /nextReviewDue: is more than three years/);
});

test('three years is measured on the calendar: exactly three years on passes, a day later fails', () => {
  const tooLong = /^nextReviewDue: is more than three years/m;
  // Start dates whose three years hold a leap day, hold none, and start on a leap day, where a
  // fixed count of days would be a day or two out in one direction or the other.
  for (const [lastReviewed, threeYearsOn, dayAfter] of [
    ['2026-01-10', '2029-01-10', '2029-01-11'],
    ['2028-03-01', '2031-03-01', '2031-03-02'],
    ['2024-02-29', '2027-02-28', '2027-03-01'],
  ] as const) {
    assert.equal(addMonths(lastReviewed, MAX_REVIEW_INTERVAL_MONTHS), threeYearsOn, 'the limit is three calendar years');
    assert.deepEqual(issues({ ...valid, lastReviewed, nextReviewDue: threeYearsOn }), [], `${lastReviewed} to ${threeYearsOn}`);
    assert.match(issues({ ...valid, lastReviewed, nextReviewDue: dayAfter }).join('\n'), tooLong, `${lastReviewed} to ${dayAfter}`);
  }
});

test('a threshold level outside 1 to 4 gets one plain message, whatever is wrong with it', () => {
  for (const level of [1, 2, 3, 4]) assert.equal(levelNumberSchema.safeParse(level).success, true, `${level} is a level`);
  for (const level of [0, 5, 2.5, -1, '3', undefined]) {
    const result = levelNumberSchema.safeParse(level);
    const messages = result.success ? [] : result.error.issues.map((i) => i.message);
    assert.equal(messages.length, 1, `${String(level)}: ${messages.join(' | ')}`);
    assert.match(messages[0]!, /^must be 1, 2, 3 or 4/);
  }
});

test('amendments must be listed newest first', () => {
  const amendments = [
    { date: '2025-01-01', summary: 'Older change.' },
    { date: '2026-01-01', summary: 'Newer change.' },
  ];
  assert.match(issues({ ...valid, amendments }).join('\n'), /amendments\.1\.date: is newer than the amendment above it/);
});

test('an owner that is not an id, and a related document not written collection/id, are refused', () => {
  assert.match(issues({ ...valid, owner: 'Policy and Procedures' }).join('\n'), /^owner: must be lower-case/m);
  assert.match(issues({ ...valid, related: ['strategy-discussions'] }).join('\n'), /related\.0: must name a document as collection\/id/);
});

test('a briefing needs its source review and theme', () => {
  const result = documentSchemas.briefings.safeParse(valid);
  assert.equal(result.success, false);
  const fields = result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
  assert.ok(fields.includes('sourceReview') && fields.includes('theme'));
});
