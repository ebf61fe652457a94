import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countByLevel, groupIndicators, highestLevel, type Indicator } from '../../src/lib/thresholds/levels.ts';

const indicator = (id: string, level: number, domain: Indicator['domain'], area: string, text: string): Indicator => ({
  id,
  level,
  domain,
  area,
  text,
  procedures: [],
});

const indicators: Indicator[] = [
  indicator('a', 1, 'developmental-needs', 'Health', 'Health reviews and immunisations are up to date.'),
  indicator('b', 4, 'developmental-needs', 'Health', 'Bruising on a baby who is not yet mobile.'),
  indicator('c', 2, 'parenting-capacity', 'Basic care', 'Parents need support with routines for meals and sleep.'),
  indicator('d', 4, 'parenting-capacity', 'Ensuring safety', 'A parent has caused bruising or another injury.'),
  indicator('e', 2, 'developmental-needs', 'Health', 'Misses routine health appointments.'),
];

test('groupIndicators groups by level then domain, keeping the order the data gives', () => {
  const grouped = groupIndicators(indicators);
  assert.deepEqual([...grouped.keys()], [1, 4, 2]);
  assert.deepEqual(
    grouped
      .get(2)
      ?.get('developmental-needs')
      ?.map((i) => i.id),
    ['e'],
  );
  assert.deepEqual(
    grouped
      .get(4)
      ?.get('developmental-needs')
      ?.map((i) => i.id),
    ['b'],
  );
  assert.deepEqual(
    grouped
      .get(4)
      ?.get('parenting-capacity')
      ?.map((i) => i.id),
    ['d'],
  );
  assert.equal(grouped.get(3), undefined, 'a level with no indicators has no group');
  const total = [...grouped.values()].flatMap((byDomain) => [...byDomain.values()]).flat().length;
  assert.equal(total, indicators.length, 'every indicator lands in exactly one group');
});

test('countByLevel counts each level and reports zero for empty levels', () => {
  assert.deepEqual(countByLevel(indicators), { 1: 1, 2: 2, 3: 0, 4: 2 });
  assert.deepEqual(countByLevel([]), { 1: 0, 2: 0, 3: 0, 4: 0 });
});

test('highestLevel is the maximum level, or null when nothing is selected', () => {
  assert.equal(highestLevel([]), null);
  assert.equal(highestLevel([{ level: 2 }]), 2);
  assert.equal(highestLevel([{ level: 2 }, { level: 4 }, { level: 1 }]), 4);
});
