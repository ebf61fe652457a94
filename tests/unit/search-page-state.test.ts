/**
 * The search page's state (src/scripts/search/state.ts): the words that count results and filter
 * values, and the filters as values are ticked. The page itself is tested in tests/e2e/search.spec.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  chosenCount,
  chosenLabel,
  describeOutcome,
  filterCountLabel,
  hasFilters,
  withFilterValue,
} from '../../src/scripts/search/state.ts';

const outcome = (shown: number, query = 'neglect', unfilteredCount = shown) =>
  ({ pages: Array.from({ length: shown }), query, unfilteredCount }) as Parameters<typeof describeOutcome>[0];

test('the live region counts the results and says what they are for', () => {
  assert.equal(describeOutcome(outcome(1), { q: 'neglect', filters: {} }), '1 result for ‘neglect’.');
  assert.equal(describeOutcome(outcome(12), { q: 'neglect', filters: {} }), '12 results for ‘neglect’.');
  assert.equal(
    describeOutcome(outcome(0), { q: 'neglect', filters: {} }),
    'No results for ‘neglect’. Check the spelling, try other words, or browse the A to Z of documents.',
  );
});

test('with filters ticked, the count says how many there are without them', () => {
  assert.equal(
    describeOutcome(outcome(3, 'neglect', 20), { q: 'neglect', filters: { type: ['Procedure'] } }),
    '3 results for ‘neglect’ with the filters you chose (20 without filters).',
  );
  assert.equal(
    describeOutcome(outcome(3, 'neglect', 20), { q: 'neglect', filters: { type: [] } }),
    '3 results for ‘neglect’.',
    'a group with nothing ticked filters nothing',
  );
});

test('ticking and unticking a value changes only its group', () => {
  const ticked = withFilterValue({ area: ['Rutland'] }, 'type', 'Procedure', true);
  assert.deepEqual(ticked, { area: ['Rutland'], type: ['Procedure'] });
  assert.deepEqual(withFilterValue(ticked, 'type', 'Procedure', true), ticked, 'ticking twice ticks once');
  assert.deepEqual(withFilterValue(ticked, 'type', 'Procedure', false), { area: ['Rutland'], type: [] });
  assert.equal(hasFilters(withFilterValue(ticked, 'type', 'Procedure', false)), true);
  assert.equal(hasFilters({ type: [] }), false);
});

test('the filter summary counts the values chosen across groups', () => {
  assert.equal(chosenCount({ type: ['Procedure', 'Briefing'], area: ['Leicester'] }), 3);
  assert.equal(chosenLabel({ type: ['Procedure', 'Briefing'], area: ['Leicester'] }), '(3 chosen)');
  assert.equal(chosenLabel({}), '');
});

test('a filter value says how many results ticking it would show', () => {
  assert.equal(filterCountLabel(undefined), '');
  assert.equal(filterCountLabel(0), '(no results)');
  assert.equal(filterCountLabel(1), '(1 result)');
  assert.equal(filterCountLabel(7), '(7 results)');
});
