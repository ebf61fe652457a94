import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineTermHits, unmatchedTerms } from '../../src/lib/search/combine.ts';
import { facetCounts, invertMembership, matchesSelection } from '../../src/lib/search/facets.ts';
import { highlightWordsIn, queryFragment, resultAddress } from '../../src/lib/search/fragment.ts';
import { readAddress, readState, writeState } from '../../src/lib/search/url-state.ts';
import { editDistance, suggestSpelling, vocabularyWords } from '../../src/lib/search/spelling.ts';

test('scores add up across words, so a page matching more of them ranks higher', () => {
  const ranked = combineTermHits([
    [
      [
        { id: 'a', score: 5 },
        { id: 'b', score: 4 },
      ],
    ],
    [[{ id: 'b', score: 3 }]],
  ]);
  assert.deepEqual(
    ranked.map((p) => [p.id, p.score, p.matched]),
    [
      ['b', 7, 2],
      ['a', 5, 1],
    ],
  );
});

test('a strong match on a rare word beats weak matches on common ones', () => {
  const ranked = combineTermHits([
    [[{ id: 'procedure', score: 18 }]], // bruise
    [[{ id: 'report', score: 3 }]], // 3
    [[{ id: 'report', score: 2 }]], // month
    [[{ id: 'report', score: 1 }]], // old
  ]);
  assert.equal(ranked[0]!.id, 'procedure');
});

test('the coordination power can make matching every word matter more', () => {
  const terms = [
    [
      [
        { id: 'one', score: 10 },
        { id: 'both', score: 4 },
      ],
    ],
    [[{ id: 'both', score: 4 }]],
  ];
  assert.equal(combineTermHits(terms, 0)[0]!.id, 'one');
  assert.equal(combineTermHits(terms, 2)[0]!.id, 'both');
});

test('a page found by two spellings of one word counts once, at its best', () => {
  const ranked = combineTermHits([
    [
      [{ id: 'a', score: 2 }],
      [
        { id: 'a', score: 6 },
        { id: 'b', score: 1 },
      ],
    ],
  ]);
  assert.deepEqual(
    ranked.map((p) => [p.id, p.score]),
    [
      ['a', 6],
      ['b', 1],
    ],
  );
});

test('a word nothing matches does not count against the pages that match the rest', () => {
  const terms = [[[{ id: 'a', score: 4 }]], [[]]];
  assert.deepEqual(
    combineTermHits(terms, 2).map((p) => [p.id, p.score]),
    [['a', 4]],
  );
  assert.deepEqual(unmatchedTerms(terms), [1]);
});

const pages = invertMembership([
  { key: 'type', value: 'Procedure', ids: ['p1', 'p2'] },
  { key: 'type', value: '7-minute briefing', ids: ['b1'] },
  { key: 'area', value: 'Leicester', ids: ['p1', 'b1'] },
  { key: 'area', value: 'Leicestershire and Rutland', ids: ['p1', 'p2'] },
]);

test('filters: any ticked value within a group, every group with ticks', () => {
  assert.equal(matchesSelection(pages.get('p1'), { type: ['Procedure'], area: ['Leicester'] }), true);
  assert.equal(matchesSelection(pages.get('p2'), { type: ['Procedure'], area: ['Leicester'] }), false);
  assert.equal(matchesSelection(pages.get('b1'), { type: ['Procedure', '7-minute briefing'] }), true);
  assert.equal(matchesSelection(pages.get('b1'), {}), true);
  assert.equal(matchesSelection(undefined, { type: ['Procedure'] }), false);
});

test("each count is what ticking the value would show, keeping the other groups' ticks", () => {
  const available = { type: ['Procedure', '7-minute briefing'], area: ['Leicester', 'Leicestershire and Rutland'] };
  const ids = ['p1', 'p2', 'b1'];
  assert.deepEqual(facetCounts(ids, pages, available, {}).type, { Procedure: 2, '7-minute briefing': 1 });
  const narrowed = facetCounts(ids, pages, available, { area: ['Leicester'] });
  assert.deepEqual(narrowed.type, { Procedure: 1, '7-minute briefing': 1 });
  assert.deepEqual(narrowed.area, { Leicester: 2, 'Leicestershire and Rutland': 2 }, "a group's own ticks do not narrow its counts");
  assert.deepEqual(narrowed.owner, {});
});

test('a page listed twice for one value counts once', () => {
  const twice = invertMembership([
    { key: 'type', value: 'Procedure', ids: ['p1'] },
    { key: 'type', value: 'Procedure', ids: ['p1', 'p2'] },
  ]);
  assert.deepEqual(twice.get('p1'), { type: ['Procedure'] });
  assert.deepEqual(facetCounts(['p1', 'p2'], twice, { type: ['Procedure'] }, {}).type, { Procedure: 2 });
});

test('the address carries the query and every ticked filter in its fragment, and reads back the same', () => {
  const state = { q: 'neglect', filters: { type: ['Procedure', '7-minute briefing'], area: ['Leicester'] } };
  const address = writeState(state);
  assert.equal(address, '#q=neglect&type=Procedure&type=7-minute+briefing&area=Leicester');
  assert.deepEqual(readAddress('', address), state);
  assert.equal(writeState({ q: '  ', filters: {} }), '');
  assert.deepEqual(readState(new URLSearchParams('?q=+LADO+&colour=red&owner=')), { q: 'LADO', filters: {} });
});

test('a query string is still read (the no-JavaScript form, older links), but a fragment with a search wins', () => {
  assert.deepEqual(readAddress('?q=LADO&type=Procedure', ''), { q: 'LADO', filters: { type: ['Procedure'] } });
  assert.deepEqual(readAddress('?q=LADO', '#q=FII'), { q: 'FII', filters: {} });
  assert.deepEqual(readAddress('', ''), { q: '', filters: {} });
});

test('the header box opens the same address the search page writes for a query alone', () => {
  for (const q of ['LADO', 'bruise on a 3 month old', '  s47 & ICPC? ', '']) {
    assert.equal(queryFragment(q), writeState({ q, filters: {} }), q);
  }
});

test('a fragment naming a place on the page (the skip link) is not a search', () => {
  assert.equal(readAddress('', '#main-content'), undefined);
  assert.deepEqual(readAddress('?q=neglect', '#main-content'), { q: 'neglect', filters: {} }, 'the query string still holds the search');
});

test('a result carries the words to mark in its fragment, never in its query string', () => {
  const address = resultAddress('/procedures/neglect/', ['bruise', 'bruising', 'bruise', ' ']);
  assert.equal(address, '/procedures/neglect/#highlight=bruise&highlight=bruising');
  assert.equal(new URL(address, 'https://example.org').search, '');
  assert.deepEqual(highlightWordsIn(new URL(address, 'https://example.org').hash), ['bruise', 'bruising']);
  assert.equal(resultAddress('/procedures/neglect/#scope', ['x']), '/procedures/neglect/#highlight=x');
  assert.equal(resultAddress('/a/', []), '/a/');
  assert.deepEqual(highlightWordsIn('#scope'), [], 'an ordinary fragment marks nothing');
  assert.deepEqual(highlightWordsIn(''), []);
});

test('edit distance counts insertions, deletions, changes and swapped neighbours', () => {
  assert.equal(editDistance('neglet', 'neglect'), 1);
  assert.equal(editDistance('refferal', 'referral'), 2);
  assert.equal(editDistance('nelgect', 'neglect'), 1);
  assert.equal(editDistance('abc', 'abc'), 0);
  assert.ok(editDistance('kitten', 'sitting', 1) > 1);
});

test('a misspelt word is corrected to the closest word the site uses, the most used on a tie', () => {
  const vocabulary = { neglect: 28, neglected: 9, referral: 47, deferral: 1, bruise: 10, bruises: 6 };
  assert.equal(suggestSpelling('neglet', vocabulary), 'neglect');
  assert.equal(suggestSpelling('refferal', vocabulary), 'referral');
  assert.equal(suggestSpelling('Neglect', vocabulary), undefined, 'a known word needs no correction');
  assert.equal(suggestSpelling('zzzzzz', vocabulary), undefined);
  assert.equal(suggestSpelling('s47', vocabulary), undefined, 'numbers and codes are not corrected');
});

test('the vocabulary is the words of three or more letters', () => {
  assert.deepEqual([...vocabularyWords('A child’s GP: s47, Neglect!')].sort(), ['child', 'neglect']);
});
