import { test } from 'node:test';
import assert from 'node:assert/strict';
import { britishSpelling, queryTerms, queryWords, spellingVariants } from '../../src/lib/search/query.ts';

test('a question keeps only the words that say what it is about', () => {
  assert.deepEqual(
    queryTerms('who do I call in Rutland out of hours').map((t) => t.text),
    ['call', 'rutland', 'out', 'hours'],
  );
  assert.deepEqual(
    queryTerms('bruise on a 3 month old').map((t) => t.text),
    ['bruise', '3', 'month', 'old'],
  );
  assert.deepEqual(
    queryTerms('was not brought').map((t) => t.text),
    ['not', 'brought'],
  );
  assert.deepEqual(
    queryTerms('child in need').map((t) => t.text),
    ['child', 'need'],
  );
});

test('a query of only small words is searched as typed', () => {
  assert.deepEqual(
    queryTerms('who').map((t) => t.text),
    ['who'],
  );
  assert.deepEqual(queryTerms('what is a', { orNothing: true }), [], 'unless other terms are searched');
});

test("words keep inner dots, hyphens and apostrophes, lose punctuation around them and a trailing 's", () => {
  assert.deepEqual(queryWords('S.47? co-sleeping, "LADO" child’s'), ['s.47', 'co-sleeping', 'lado', 'child']);
  assert.deepEqual(
    queryTerms('neglect neglect Neglect').map((t) => t.text),
    ['neglect'],
  );
});

test('American spellings gain their British form', () => {
  const cases: [string, string][] = [
    ['behavior', 'behaviour'],
    ['behaviors', 'behaviours'],
    ['behavioral', 'behavioural'],
    ['pediatric', 'paediatric'],
    ['pediatrician', 'paediatrician'],
    ['radicalization', 'radicalisation'],
    ['organize', 'organise'],
    ['recognized', 'recognised'],
    ['analyze', 'analyse'],
    ['counseling', 'counselling'],
    ['center', 'centre'],
    ['defense', 'defence'],
    ['honor', 'honour'],
    ['labor', 'labour'],
    ['anemia', 'anaemia'],
    ['hematoma', 'haematoma'],
    ['gynecology', 'gynaecology'],
    ['fetus', 'foetus'],
    ['diarrhea', 'diarrhoea'],
  ];
  for (const [american, british] of cases) assert.equal(britishSpelling(american), british, american);
});

test('words that only look American are left alone', () => {
  for (const word of [
    'doctor',
    'size',
    'prize',
    'seize',
    'color-blind',
    'motor',
    'error',
    'behaviour',
    'paediatric',
    'program',
    'meter',
    'order',
  ]) {
    assert.equal(britishSpelling(word), undefined, word);
  }
});

test('a term searches the typed spelling first, then the British one', () => {
  assert.deepEqual(spellingVariants('behavior'), ['behavior', 'behaviour']);
  assert.deepEqual(spellingVariants('neglect'), ['neglect']);
  assert.deepEqual(queryTerms('harmful sexual behavior')[2], { text: 'behavior', variants: ['behavior', 'behaviour'] });
});
