import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FILTER_KEYS } from '../../src/lib/search/facets.ts';
import { SEARCH_OPTIONS } from '../../src/lib/search/options.ts';
import { filterAttribute, metaAttribute } from '../../src/lib/search/record.ts';

test('filter attributes name a filter group the search page offers, with an inline value when given', () => {
  assert.equal(filterAttribute('owner'), 'owner');
  assert.equal(filterAttribute('type', 'Procedure'), 'type:Procedure');
  for (const key of FILTER_KEYS) assert.equal(filterAttribute(key).split(':')[0], key);
});

test('metadata attributes name a field the ranking weighs, read from an attribute when named', () => {
  assert.equal(metaAttribute('summary'), 'summary');
  assert.equal(metaAttribute('aliases', 'content'), 'aliases[content]');
  assert.ok('aliases' in SEARCH_OPTIONS.ranking.metaWeights);
});
