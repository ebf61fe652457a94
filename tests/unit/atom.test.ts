import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atomXml, escapeXml, ATOM_NS } from '../../src/lib/changes/atom.ts';
import { changeEntries } from '../../src/lib/changes/feed.ts';
import { allChanges, type ChangeSource } from '../../src/lib/changes/changes.ts';

const absoluteUrl = (path: string) => new URL(`/llr${path}`, 'https://example.org').href;
const entriesOf = (docs: ChangeSource[]) => changeEntries(allChanges(docs), { host: 'example.org', absoluteUrl });

test('text is escaped for XML, and characters XML forbids are dropped', () => {
  assert.equal(escapeXml(`Tom & "Jerry" <b>'s</b>`), 'Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s&lt;/b&gt;');
  assert.equal(escapeXml('bell\u0007 and tab\t'), 'bell and tab\t');
});

test('the feed has the Atom namespace, the required elements and one entry per change', () => {
  const xml = atomXml({
    id: 'https://example.org/changes.xml',
    title: 'Changes & news',
    self: 'https://example.org/changes.xml',
    alternate: 'https://example.org/changes/',
    updated: '2026-01-10T00:00:00Z',
    author: 'LLR',
    entries: entriesOf([
      {
        collection: 'procedures',
        id: 'neglect',
        title: 'Neglect <draft>',
        amendments: [{ date: '2026-01-10', summary: 'Added "was not brought" & links.' }],
      },
    ]),
  });
  assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  assert.ok(xml.includes(ATOM_NS));
  for (const element of [
    '<id>',
    '<title>Changes &amp; news</title>',
    '<updated>2026-01-10T00:00:00Z</updated>',
    '<author><name>LLR</name></author>',
    'rel="self"',
  ]) {
    assert.ok(xml.includes(element), element);
  }
  assert.equal(xml.match(/<entry>/g)?.length, 1);
  assert.ok(xml.includes('<title>Neglect &lt;draft&gt;</title>'));
  assert.ok(xml.includes('<summary>Added &quot;was not brought&quot; &amp; links.</summary>'));
  assert.ok(xml.includes('href="https://example.org/llr/procedures/neglect/"'));
});

test('entries link to the document with the base path, say the version and the type, and date the change', () => {
  const [entry] = entriesOf([
    {
      collection: 'briefings',
      id: 'invisible-men',
      title: 'Invisible men',
      amendments: [{ date: '2025-06-03', summary: 'Reviewed.', version: '2.1' }],
    },
  ]);
  assert.deepEqual(entry, {
    id: 'tag:example.org,2025-06-03:briefings/invisible-men/1',
    title: 'Invisible men, version 2.1',
    link: 'https://example.org/llr/briefings/invisible-men/',
    updated: '2025-06-03T00:00:00Z',
    summary: 'Reviewed.',
    category: { term: 'briefings', label: '7-minute briefing' },
  });
});

test('entry ids are unique, and recording a new amendment or correcting a summary keeps the old ids', () => {
  const before: ChangeSource = {
    collection: 'procedures',
    id: 'neglect',
    title: 'Neglect',
    amendments: [
      { date: '2026-01-10', summary: 'Second change that day.' },
      { date: '2026-01-10', summary: 'First change that day.' },
      { date: '2025-01-01', summary: 'First published.' },
    ],
  };
  const after: ChangeSource = {
    ...before,
    title: 'Neglect and emotional abuse',
    amendments: [
      { date: '2026-01-10', summary: 'Third change that day.' },
      { date: '2026-01-10', summary: 'Second change that day (corrected).' },
      ...before.amendments.slice(1),
    ],
  };
  const oldIds = entriesOf([before]).map((e) => e.id);
  const newIds = entriesOf([after]).map((e) => e.id);
  assert.equal(new Set(oldIds).size, 3);
  assert.deepEqual(oldIds, [
    'tag:example.org,2026-01-10:procedures/neglect/2',
    'tag:example.org,2026-01-10:procedures/neglect/1',
    'tag:example.org,2025-01-01:procedures/neglect/1',
  ]);
  assert.deepEqual(newIds.slice(1), oldIds);
});

test('without SITE_URL the feed names no host: links are site paths and ids stable name-based UUIDs', () => {
  const docs = [
    {
      collection: 'procedures',
      id: 'neglect',
      title: 'Neglect',
      amendments: [{ date: '2026-01-02', summary: 'Changed.', version: '1.1' }],
    },
  ] as unknown as ChangeSource[];
  const first = changeEntries(allChanges(docs), { host: undefined, absoluteUrl: (path) => path });
  const again = changeEntries(allChanges(docs), { host: undefined, absoluteUrl: (path) => path });
  assert.match(first[0]!.id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(first[0]!.id, again[0]!.id);
  assert.equal(first[0]!.link, '/procedures/neglect/');
});
