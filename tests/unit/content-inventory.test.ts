/**
 * The real manual, checked as a whole: what the partnerships need published is all there, and
 * every document carries what a reader needs to trust and act on it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entriesOf, readContent } from '../../src/lib/content/files.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { repoRoot } from '../helpers/fixture.ts';

const tree = readContent(repoRoot, `${repoRoot}/content`);
const { documents, problems } = validateContent(tree);
const published = [...documents.values()].filter((d) => d.data.status === 'published');
const inCollection = (c: string) => published.filter((d) => d.file.collection === c);
const entries = (data: Parameters<typeof entriesOf>[0]) =>
  entriesOf(data).map(({ id, value }) => [id, value as Record<string, unknown>] as const);

test('the real content has no errors', () => {
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
});

test('the manual has both arrangements, the threshold document, 30+ procedures, 12+ briefings and 3+ annual reports', () => {
  assert.deepEqual(
    inCollection('arrangements')
      .map((d) => (d.data as { partnership?: string }).partnership)
      .sort(),
    ['leicester', 'leicestershire-rutland'],
  );
  assert.ok(inCollection('thresholds').length >= 1);
  assert.ok(inCollection('procedures').length >= 30, `${inCollection('procedures').length} procedures`);
  assert.ok(inCollection('briefings').length >= 12, `${inCollection('briefings').length} briefings`);
  assert.ok(inCollection('reports').length >= 3, `${inCollection('reports').length} reports`);
});

test('the threshold data has four levels and at least 100 indicators across all three domains and levels', () => {
  assert.equal(entries(tree.data.thresholdLevels).length, 4);
  const indicators = entries(tree.data.thresholdIndicators).map(([, v]) => v);
  assert.ok(indicators.length >= 100, `${indicators.length} indicators`);
  assert.deepEqual(new Set(indicators.map((i) => i.level)), new Set([1, 2, 3, 4]));
  assert.deepEqual(
    new Set(indicators.map((i) => i.domain)),
    new Set(['developmental-needs', 'parenting-capacity', 'family-and-environment']),
  );
});

test('there are at least 8 subgroups and 100 glossary terms', () => {
  assert.ok(tree.data.subgroups.length >= 8);
  assert.ok(entries(tree.data.glossary).length >= 100);
});

test('every published document lists its sources', () => {
  const without = published.filter((d) => d.data.sources.length === 0).map((d) => d.file.file);
  assert.deepEqual(without, []);
});

test('every procedure names who to contact, including the emergency route, so no one leaves the page to find a number', () => {
  const without = inCollection('procedures')
    .filter((d) => !d.data.contacts.includes('emergency-999'))
    .map((d) => d.file.file);
  assert.deepEqual(without, []);
});

test('every briefing links the procedures it concerns', () => {
  const without = inCollection('briefings')
    .filter((d) => !d.data.related.some((r) => r.startsWith('procedures/')))
    .map((d) => d.file.file);
  assert.deepEqual(without, []);
});

test('the contacts include the report-a-concern routes for all three areas, the police and national helplines', () => {
  const contacts = entries(tree.data.contacts).map(([id, v]) => ({ id, area: v.area }));
  for (const area of ['leicester', 'leicestershire', 'rutland', 'national']) {
    assert.ok(
      contacts.some((c) => c.area === area),
      `no contact for ${area}`,
    );
  }
  assert.ok(contacts.some((c) => c.id === 'emergency-999'));
  assert.ok(contacts.some((c) => c.id === 'police-101'));
});
