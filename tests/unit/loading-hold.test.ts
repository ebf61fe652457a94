/** The content gate's hold on Astro's loaders: they wait for its word, and fail with its error. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Loader, LoaderContext } from 'astro/loaders';
import { gated, holdContentLoading } from '../../src/lib/content/loading-hold.ts';

function recordingLoader(): { loader: Loader; loads: string[] } {
  const loads: string[] = [];
  return { loads, loader: { name: 'recording', load: async () => void loads.push('loaded') } };
}
const context = {} as LoaderContext;
const tick = () => new Promise((resolve) => setImmediate(resolve));

test('a gated loader loads at once when the hold is already released, and keeps its name', async () => {
  holdContentLoading(Promise.resolve());
  const { loader, loads } = recordingLoader();
  await gated(loader).load(context);
  assert.deepEqual(loads, ['loaded']);
  assert.equal(gated(loader).name, 'recording');
});

test('a gated loader waits for the hold to be released before it reads anything', async () => {
  const release = Promise.withResolvers<void>();
  holdContentLoading(release.promise);
  const { loader, loads } = recordingLoader();
  const loading = gated(loader).load(context);
  await tick();
  assert.deepEqual(loads, [], 'nothing is read while the gate has not answered');
  release.resolve();
  await loading;
  assert.deepEqual(loads, ['loaded']);
});

test("a gated loader fails with the gate's error, and reads nothing, when the content cannot be loaded", async () => {
  const refusal = new Error('The content has 1 error(s)');
  const release = Promise.withResolvers<void>();
  holdContentLoading(release.promise);
  const { loader, loads } = recordingLoader();
  const loading = gated(loader).load(context);
  release.reject(refusal);
  await assert.rejects(loading, refusal);
  assert.deepEqual(loads, []);
  holdContentLoading(Promise.resolve());
});
