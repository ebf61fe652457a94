import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  countSentence,
  filtersFromSearch,
  hasFilters,
  JUDGEMENT_REMINDER,
  NO_FILTERS,
  searchFromFilters,
  summariseSelection,
} from '../../src/lib/thresholds/explorer.ts';

const DOMAINS = ['developmental-needs', 'parenting-capacity', 'family-and-environment'];

test('filtersFromSearch reads words, domain and level from the address', () => {
  assert.deepEqual(filtersFromSearch('?q=+bruising+baby+&domain=parenting-capacity&level=4', DOMAINS), {
    words: 'bruising baby',
    domain: 'parenting-capacity',
    level: 4,
  });
  assert.deepEqual(filtersFromSearch('', DOMAINS), NO_FILTERS);
});

test('filtersFromSearch ignores unknown domains and levels instead of hiding everything', () => {
  assert.deepEqual(filtersFromSearch('?domain=astrology&level=5', DOMAINS), NO_FILTERS);
  assert.deepEqual(filtersFromSearch('?level=two', DOMAINS), NO_FILTERS);
  assert.deepEqual(filtersFromSearch('?level=0', DOMAINS), NO_FILTERS);
});

test('searchFromFilters writes only the filters that are set, and round-trips', () => {
  const filters = { words: 'not brought', domain: 'developmental-needs', level: 2 };
  const search = searchFromFilters(filters);
  assert.equal(search, '?q=not+brought&domain=developmental-needs&level=2');
  assert.deepEqual(filtersFromSearch(search, DOMAINS), filters);
  assert.equal(searchFromFilters(NO_FILTERS), '');
  assert.equal(searchFromFilters({ words: '  ', domain: '', level: 3 }), '?level=3');
});

test('searchFromFilters keeps other parameters but replaces its own', () => {
  assert.equal(searchFromFilters({ words: 'school', domain: '', level: null }, '?q=old&level=4&lang=cy'), '?lang=cy&q=school');
});

test('hasFilters is true when any one filter is set', () => {
  assert.equal(hasFilters(NO_FILTERS), false);
  assert.equal(hasFilters({ ...NO_FILTERS, words: ' ' }), false);
  assert.equal(hasFilters({ ...NO_FILTERS, level: 1 }), true);
  assert.equal(hasFilters({ ...NO_FILTERS, domain: 'parenting-capacity' }), true);
});

test('countSentence gives the total and the count per level', () => {
  assert.equal(countSentence({ 1: 3, 2: 4, 3: 5, 4: 6 }, 18, NO_FILTERS), 'Showing all 18 indicators.');
  assert.equal(
    countSentence({ 1: 2, 2: 0, 3: 1, 4: 4 }, 124, { ...NO_FILTERS, words: 'bruis' }),
    'Showing 7 of 124 indicators: 2 at level 1, 0 at level 2, 1 at level 3 and 4 at level 4.',
  );
  assert.equal(countSentence({ 1: 0, 2: 0, 3: 0, 4: 9 }, 124, { ...NO_FILTERS, level: 4 }), 'Showing 9 of 124 indicators: 9 at level 4.');
  assert.match(countSentence({ 1: 0, 2: 0, 3: 0, 4: 0 }, 124, { ...NO_FILTERS, words: 'zzz' }), /^No indicators match/);
});

test('summariseSelection names the levels and the highest, and never states a decision', () => {
  const names = { 1: 'Universal', 2: 'Early help', 3: 'Complex needs', 4: 'Specialist and statutory' };
  const none = summariseSelection([], names);
  assert.equal(none.highest, null);
  assert.equal(none.breakdown, 'You have not ticked any indicators.');

  const some = summariseSelection([4, 2, 4], names);
  assert.equal(some.highest, 4);
  assert.equal(some.breakdown, 'You have ticked 3 indicators: 1 at level 2 and 2 at level 4.');
  assert.equal(some.headline, 'Your selections include indicators at level 4 (Specialist and statutory).');
  assert.equal(some.announcement, '3 indicators ticked. The highest level among them is level 4.');
  assert.equal(summariseSelection([1], names).breakdown, 'You have ticked 1 indicator: 1 at level 1.');

  for (const text of [some.breakdown, some.headline, some.announcement]) {
    assert.doesNotMatch(text, /\b(is at|meets|qualifies|decision|must refer)\b/i, `"${text}" reads as a decision`);
  }
  assert.match(JUDGEMENT_REMINDER, /does not decide the level/);
  assert.match(JUDGEMENT_REMINDER, /professional judgement/);
  assert.match(JUDGEMENT_REMINDER, /designated safeguarding lead/);
});
