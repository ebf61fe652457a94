import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printedOn } from '../../src/lib/site/print.ts';

test('printedOn gives the local calendar date in both forms', () => {
  assert.deepEqual(printedOn(new Date(2031, 4, 4, 9, 30)), { iso: '2031-05-04', text: '4 May 2031' });
  assert.deepEqual(printedOn(new Date(2030, 11, 31, 23, 59)), { iso: '2030-12-31', text: '31 December 2030' });
});

test('printedOn uses the local date, not the UTC one, just after midnight', () => {
  // 00:30 local time on 1 June is still 31 May in UTC anywhere east of Greenwich.
  const justAfterMidnight = new Date(2031, 5, 1, 0, 30);
  assert.equal(printedOn(justAfterMidnight).iso, '2031-06-01');
});
