/** Word forms shared by the threshold explorer and the glossary filter, and where a glossary result opens. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stem, singular } from '../../src/lib/search/stem.ts';
import { wordMatcher } from '../../src/lib/search/word-match.ts';
import { entryAnchor, entryWords } from '../../src/lib/search/anchors.ts';
import { resultAddress } from '../../src/lib/search/fragment.ts';
import { matchesExplorerFilters, NO_FILTERS } from '../../src/lib/thresholds/explorer.ts';

test('stem gives the forms of one word one stem', () => {
  for (const group of [
    ['bruising', 'bruise', 'bruised', 'bruises'],
    ['injuries', 'injury', 'injured'],
    ['schools', 'school', 'schooling'],
    ['stopped', 'stopping', 'stop'],
    ['parents', 'parenting', 'parent'],
  ]) {
    assert.equal(new Set(group.map(stem)).size, 1, group.join(', '));
  }
  assert.equal(stem('being'), 'being', 'too little is left to strip');
  assert.equal(stem('bed'), 'bed');
  assert.equal(singular('enquiries'), 'enquiry');
  assert.equal(singular('status'), 'status');
});

test('wordMatcher needs every meaningful word, in any form, and keeps partial words', () => {
  const text = 'Has a bruise, mark or injury and is not yet independently mobile. Health';
  assert.equal(wordMatcher('bruising')(text), true);
  assert.equal(wordMatcher('injuries')(text), true);
  assert.equal(wordMatcher('bruis')(text), true, 'a word typed in part');
  assert.equal(wordMatcher('bruising on a baby')(text), false, 'every word must appear');
  assert.equal(wordMatcher('bruising on a')(text), true, 'small words are not needed');
  assert.equal(wordMatcher('schools')('Is persistently absent from school'), true);
  assert.equal(wordMatcher('behavior')('Has behaviour at home'), true, 'American spelling');
  assert.equal(wordMatcher('sleeping')('talk about co-sleeping'), true, 'part of a hyphenated word');
  assert.equal(wordMatcher('   ')('anything'), true);
});

test('matchesExplorerFilters applies words, domain and level together', () => {
  const indicator = { text: 'Has a bruise', area: 'Health', domain: 'developmental-needs', level: 4 };
  assert.equal(matchesExplorerFilters(indicator, { ...NO_FILTERS, words: 'bruising health' }), true);
  assert.equal(matchesExplorerFilters(indicator, { ...NO_FILTERS, words: 'bruising', level: 3 }), false);
  assert.equal(matchesExplorerFilters(indicator, { ...NO_FILTERS, domain: 'parenting-capacity' }), false);
});

test('a glossary result opens at the entry holding the best match, never at a heading', () => {
  const anchors = [
    { element: 'h2', id: 'letter-C', location: 0 },
    { element: 'div', id: 'cin', location: 1 },
    { element: 'div', id: 'dsl', location: 10 },
    { element: 'h2', id: 'letter-E', location: 20 },
    { element: 'div', id: 'edt', location: 21 },
  ];
  // A passing mention in CIN's definition (weight 1) and the term DSL itself (weight 8).
  const best = entryAnchor(anchors, [
    { weight: 1, location: 5 },
    { weight: 8, location: 10 },
  ]);
  assert.equal(best?.id, 'dsl');
  assert.equal(entryAnchor(anchors, [{ weight: 1, location: 0 }]), undefined, 'a match in a heading is no entry');
  assert.equal(entryAnchor(anchors, []), undefined, 'a match in the metadata alone');
  const words = Array.from({ length: 30 }, (_, i) => `w${i}`);
  assert.deepEqual(
    entryWords(words, anchors, best!, new Set([10]))
      .map((w) => (w.matched ? `[${w.word}]` : w.word))
      .join(' '),
    '[w10] w11 w12 w13 w14 w15 w16 w17 w18 w19',
  );
  assert.equal(resultAddress('/glossary/', ['dsl'], 'dsl'), '/glossary/#dsl');
  assert.equal(resultAddress('/procedures/neglect/', ['neglect']), '/procedures/neglect/#highlight=neglect');
});
