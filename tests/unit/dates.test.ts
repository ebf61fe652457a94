import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, daysBetween, formatDate, formatMonth, isIsoDate, today } from '../../src/lib/dates.ts';

test('isIsoDate accepts real dates and refuses impossible or badly written ones', () => {
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2025-02-29'), false);
  assert.equal(isIsoDate('2025-02-30'), false);
  assert.equal(isIsoDate('2025-13-01'), false);
  assert.equal(isIsoDate('1/6/2025'), false);
  assert.equal(isIsoDate('2025-6-1'), false);
});

test('daysBetween counts calendar days across a clock change', () => {
  assert.equal(daysBetween('2025-03-29', '2025-03-31'), 2);
  assert.equal(daysBetween('2025-01-10', '2025-01-01'), -9);
});

test('addMonths clamps to the end of a shorter month', () => {
  assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2025-11-23', 24), '2027-11-23');
});

test('today honours SITE_TODAY and refuses a malformed one', () => {
  assert.equal(today({ SITE_TODAY: '2030-05-06' }), '2030-05-06');
  assert.throws(() => today({ SITE_TODAY: '06/05/2030' }), /SITE_TODAY/);
  assert.match(today({}), /^\d{4}-\d{2}-\d{2}$/);
});

test('dates are written the GOV.UK way', () => {
  assert.equal(formatDate('2025-06-03'), '3 June 2025');
  assert.equal(formatMonth('2025-12-01'), 'December 2025');
});
