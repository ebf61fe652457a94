/**
 * Search keywords worked out by the content gate's worker must be the ones a page would work out
 * itself (src/lib/search/precomputed-keywords.ts), whatever order the glossary is read in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glossaryMatcher, searchKeywords } from '../../src/lib/search/glossary-keywords.ts';
import { glossaryInOrder, keywordsFor, precomputedKeywords, storeKeywords } from '../../src/lib/search/precomputed-keywords.ts';

const glossary = [
  { id: 'section-47', term: 'Section 47', expansion: 'Section 47 enquiry', alsoKnownAs: ['s47'] },
  { id: 'lado', term: 'LADO', expansion: 'Local authority designated officer', alsoKnownAs: ['designated officer'] },
  { id: 'fii', term: 'FII', expansion: 'Fabricated or induced illness', alsoKnownAs: [] },
];
const doc = {
  key: 'procedures/allegations',
  title: 'Allegations against staff',
  summary: 'When to call the LADO.',
  tags: ['designated officer'],
  body: 'A section 47 enquiry may follow. Fabricated or induced illness is rare. Tell the LADO the same day.',
};

test('the worker gives each document the keywords a page works out with the glossary in id order', () => {
  const [[key, keywords]] = keywordsFor([doc], glossary) as [[string, ReturnType<typeof searchKeywords>]];
  assert.equal(key, 'procedures/allegations');
  assert.deepEqual(keywords, searchKeywords(doc, glossaryMatcher(glossaryInOrder(glossary))));
  assert.ok(keywords.strong.includes('LADO') && keywords.weak.length > 0, JSON.stringify(keywords));
  // Read in another order, the glossary gives the same keywords, in the same order.
  assert.deepEqual(keywordsFor([doc], [...glossary].reverse())[0]![1], keywords);
});

test('the pages read what the build stored, once it is worked out, and nothing for a document it did not see', async () => {
  const keywords = { aliases: [], strong: ['LADO'], weak: ['FII'] };
  const worked = Promise.withResolvers<[string, typeof keywords][]>();
  storeKeywords(worked.promise);
  const read = precomputedKeywords('procedures/allegations');
  worked.resolve([['procedures/allegations', keywords]]);
  assert.deepEqual(await read, keywords);
  assert.equal(await precomputedKeywords('procedures/other'), undefined);
});

test('a failure to work out the keywords fails the page that waits for them', async () => {
  storeKeywords(Promise.reject(new Error('the content check stopped')));
  await assert.rejects(precomputedKeywords('procedures/allegations'), /the content check stopped/);
});
