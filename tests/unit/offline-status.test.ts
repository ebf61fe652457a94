import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeOfflineState, formatBuiltAt, formatDownload, hasConnection } from '../../src/lib/offline/status.ts';

const builtAt = '2025-11-23T18:38:00Z';

test('formatBuiltAt gives a plain English date and time, and survives a bad value', () => {
  assert.equal(formatBuiltAt(builtAt, 'Europe/London'), '23 November 2025 at 18:38');
  assert.equal(formatBuiltAt('2025-07-01T12:00:00Z', 'Europe/London'), '1 July 2025 at 13:00');
  assert.equal(formatBuiltAt('not a date'), 'an unknown date');
});

test('online, the notice says when the copy was updated and offers a check for updates', () => {
  const notice = describeOfflineState({ kind: 'saved', builtAt, online: true }, 'Europe/London');
  assert.match(notice.text, /saved on this device/);
  assert.match(notice.text, /last updated 23 November 2025 at 18:38/);
  assert.equal(notice.action?.does, 'check');
});

test('offline, the notice says so in words and offers no check', () => {
  const notice = describeOfflineState({ kind: 'saved', builtAt, online: false }, 'Europe/London');
  assert.match(notice.text, /^You are offline\./);
  assert.match(notice.text, /23 November 2025 at 18:38/);
  assert.equal(notice.action, undefined);
  assert.equal(notice.tone, 'offline');
});

test('a new version that has taken over asks for a refresh', () => {
  const notice = describeOfflineState({ kind: 'updated' });
  assert.match(notice.text, /newer version/);
  assert.deepEqual(notice.action, { does: 'refresh', label: 'Refresh page' });
});

test('every state has words of its own', () => {
  const texts = [
    describeOfflineState({ kind: 'checking' }),
    describeOfflineState({ kind: 'up-to-date', builtAt }),
    describeOfflineState({ kind: 'downloading' }),
    describeOfflineState({ kind: 'check-failed' }),
  ].map((n) => n.text);
  assert.equal(new Set(texts).size, texts.length);
  for (const text of texts) assert.ok(text.length > 20);
});

test('savedPaths reads page addresses from cache keys, whatever Workbox added to them', async () => {
  const { savedPaths } = await import('../../src/lib/offline/status.ts');
  const paths = savedPaths([
    'http://127.0.0.1:4329/llr/procedures/neglect/index.html?__WB_REVISION__=1a2b',
    'http://127.0.0.1:4329/llr/briefings/invisible-men/',
    'http://127.0.0.1:4329/llr/index.html?__WB_REVISION__=9',
    'http://127.0.0.1:4329/llr/_astro/site.abc.css',
  ]);
  assert.ok(paths.has('/llr/procedures/neglect/'));
  assert.ok(paths.has('/llr/briefings/invisible-men/'));
  assert.ok(paths.has('/llr/'));
  assert.ok(paths.has('/llr/_astro/site.abc.css'));
  assert.ok(!paths.has('/llr/procedures/'));
});

test('the reader has a connection only when the browser says so and the worker reached the network', () => {
  assert.equal(hasConnection(true, null), true, 'a page answered without the worker came over the network');
  assert.equal(hasConnection(true, 'reached'), true);
  assert.equal(
    hasConnection(true, 'failed'),
    false,
    'navigator.onLine stays true behind a captive portal or when only the worker is cut off',
  );
  assert.equal(hasConnection(false, 'reached'), false);
  assert.equal(hasConnection(false, null), false);
});

test('a reader who asked to save data is told what saving costs and offered a button, never a download they did not choose', () => {
  const notice = describeOfflineState({ kind: 'not-saved', bytes: 2_512_000 });
  assert.match(notice.text, /Saving it downloads about 2\.5 MB\./);
  assert.match(notice.text, /set to save data/);
  assert.deepEqual(notice.action, { does: 'save', label: 'Save this site for offline use' });
  assert.doesNotMatch(describeOfflineState({ kind: 'not-saved' }).text, /downloads about/, 'no size is claimed when it is not known');
  assert.equal(describeOfflineState({ kind: 'saving' }).text, 'Saving this site on this device…');
  assert.equal(formatDownload(640_000), '640 kB');
  assert.equal(formatDownload(15_000_000), '15.0 MB');
});
