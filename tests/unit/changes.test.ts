/**
 * The site-wide amendment history behind the home page's "Latest changes", /changes/ and the
 * feed, over several months and years and with ties on one date (the real and fixture content
 * have all their amendments on a single day, so the builds alone cannot show the ordering).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeEntries } from '../../src/lib/changes/feed.ts';
import { allChanges, changesByMonth, latestAmendments, type Change, type ChangeSource } from '../../src/lib/changes/changes.ts';
import { formatMonth } from '../../src/lib/dates.ts';

const neglect: ChangeSource = {
  collection: 'procedures',
  id: 'neglect',
  title: 'Neglect',
  amendments: [
    { date: '2026-03-15', version: '3.0', summary: 'Rewritten after the 2026 audit.' },
    { date: '2026-03-15', version: '2.1', summary: 'Added the out-of-hours number.' },
    { date: '2025-12-31', version: '2.0', summary: 'New assessment tool.' },
    { date: '2024-06-01', version: '1.0', summary: 'First published.' },
  ],
};
const allegations: ChangeSource = {
  collection: 'procedures',
  id: 'lado',
  title: 'Allegations against staff',
  amendments: [
    { date: '2026-03-15', version: '1.2', summary: 'New LADO address.' },
    { date: '2026-01-01', version: '1.1', summary: 'Clarified the timescales.' },
  ],
};
const safeSleep: ChangeSource = {
  collection: 'briefings',
  id: 'safe-sleep',
  title: 'Safe sleep',
  amendments: [
    { date: '2026-03-02', summary: 'Linked the new leaflet.' },
    { date: '2025-06-20', version: '1.0', summary: 'First published.' },
  ],
};
const zebra: ChangeSource = {
  collection: 'reports',
  id: 'annual-report',
  title: 'Zebra crossing report',
  amendments: [{ date: '2025-06-03', summary: 'Corrected a figure.' }],
};
const unchanged: ChangeSource = { collection: 'procedures', id: 'early-help', title: 'Early help', amendments: [] };
const documents = [neglect, allegations, safeSleep, zebra, unchanged];
const total = documents.reduce((sum, doc) => sum + doc.amendments.length, 0);

const key = (c: Change) => `${c.title}|${c.date}|${c.summary}`;
const isNewestFirst = (list: readonly Change[]) => list.every((c, i) => i === 0 || list[i - 1]!.date >= c.date);

test('every amendment of every document is listed once, newest first across months and years', () => {
  const changes = allChanges(documents);
  assert.equal(changes.length, total);
  assert.equal(new Set(changes.map(key)).size, total);
  assert.ok(isNewestFirst(changes), changes.map((c) => c.date).join(', '));
  const newYear = changes.findIndex((c) => c.date === '2026-01-01');
  const oldYearsEve = changes.findIndex((c) => c.date === '2025-12-31');
  assert.ok(newYear >= 0 && newYear < oldYearsEve, 'the first day of a year comes before the last day of the year before');
  assert.deepEqual(
    changes.filter((c) => c.id === unchanged.id),
    [],
    'a document with no amendments adds nothing',
  );
});

test('each change carries its document and the amendment as written', () => {
  const change = allChanges([safeSleep]).find((c) => c.date === safeSleep.amendments[1]!.date)!;
  assert.deepEqual(change, { collection: safeSleep.collection, id: safeSleep.id, title: safeSleep.title, ...safeSleep.amendments[1] });
});

test("on one date, documents come in title order, and one document's amendments keep the order its editor wrote", () => {
  const sameDay = allChanges(documents).filter((c) => c.date === '2026-03-15');
  assert.deepEqual(
    sameDay.map((c) => c.title),
    [allegations.title, neglect.title, neglect.title],
  );
  assert.deepEqual(
    sameDay.filter((c) => c.id === neglect.id).map((c) => c.version),
    neglect.amendments.filter((a) => a.date === '2026-03-15').map((a) => a.version),
  );
});

test('the order does not depend on the order the documents are read in', () => {
  const expected = allChanges(documents).map(key);
  for (const order of [[...documents].reverse(), [zebra, neglect, unchanged, safeSleep, allegations]]) {
    assert.deepEqual(allChanges(order).map(key), expected);
  }
});

test('changes are grouped by calendar month, newest month first, the same month of different years apart', () => {
  const changes = allChanges(documents);
  const months = changesByMonth(changes);
  assert.deepEqual(
    months.flatMap((m) => m.changes),
    changes,
    'every change once, in the same order',
  );
  const keys = months.map((m) => m.changes[0]!.date.slice(0, 7));
  assert.ok(
    keys.every((m, i) => i === 0 || keys[i - 1]! > m),
    `strictly newest first: ${keys.join(', ')}`,
  );
  for (const { month, changes: list } of months) {
    assert.ok(
      list.every((c) => formatMonth(c.date) === month),
      `only ${month} under its heading`,
    );
  }
  const junes = months.filter((m) => m.month.startsWith('June '));
  assert.deepEqual(
    junes.map((m) => m.month),
    [formatMonth('2025-06-03'), formatMonth('2024-06-01')],
  );
  assert.deepEqual(
    junes[0]!.changes.map((c) => c.date),
    ['2025-06-20', '2025-06-03'],
    'newest first within a month',
  );
});

test('month headings are in order even when the list given is not', () => {
  const changes = allChanges(documents);
  const oldestFirst = [...changes].reverse();
  assert.deepEqual(
    changesByMonth(oldestFirst).map((m) => m.month),
    changesByMonth(changes).map((m) => m.month),
  );
  assert.deepEqual(changesByMonth([]), []);
});

test("the home page's latest changes are the newest few, deciding a tie at the cut-off by title", () => {
  const changes = allChanges(documents);
  for (const count of [1, 2, 3, 5]) {
    const latest = latestAmendments(documents, count);
    assert.deepEqual(latest, changes.slice(0, count));
    const shown = new Set(latest.map(key));
    const oldestShown = latest.at(-1)!.date;
    assert.ok(
      changes.filter((c) => !shown.has(key(c))).every((c) => c.date <= oldestShown),
      `nothing left out of ${count} is newer than what is shown`,
    );
  }
  // Three changes share the newest date; taking one of them takes the first title.
  assert.equal(latestAmendments(documents, 1)[0]!.title, allegations.title);
  assert.equal(latestAmendments(documents, total + 10).length, total, 'fewer changes than asked for: all of them');
  assert.deepEqual(latestAmendments(documents, 0), []);
  assert.deepEqual(latestAmendments([unchanged], 5), []);
});

test("feed entries follow the same newest-first order, and another document's change on the same day renumbers nothing", () => {
  const options = { host: 'example.org', absoluteUrl: (path: string) => `https://example.org${path}` };
  const before = changeEntries(allChanges(documents), options);
  assert.deepEqual(
    before.map((e) => e.updated.slice(0, 10)),
    allChanges(documents).map((c) => c.date),
  );
  const busierDay: ChangeSource = {
    ...safeSleep,
    amendments: [{ date: '2026-03-15', summary: 'Same day as two others.' }, ...safeSleep.amendments],
  };
  const after = changeEntries(allChanges([neglect, allegations, busierDay, zebra, unchanged]), options);
  assert.equal(after.length, before.length + 1);
  assert.deepEqual(
    before.map((e) => e.id).filter((id) => !after.some((e) => e.id === id)),
    [],
    'every old id is still there',
  );
  assert.equal(new Set(after.map((e) => e.id)).size, after.length);
});
