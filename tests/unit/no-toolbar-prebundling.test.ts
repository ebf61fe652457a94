/** A build skips pre-bundling the dev toolbar's browser dependencies; the dev server keeps them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import noToolbarPrebundling, { noPrebundling } from '../../src/integrations/no-toolbar-prebundling.ts';

type Setup = (params: { command: string; updateConfig: (config: unknown) => void }) => void;

function pluginsAdded(command: string): unknown[] {
  const added: unknown[] = [];
  const setup = noToolbarPrebundling().hooks['astro:config:setup'] as unknown as Setup;
  setup({ command, updateConfig: (config) => added.push(...((config as { vite: { plugins: unknown[] } }).vite.plugins ?? [])) });
  return added;
}

test('in a build, the list of dependencies to pre-bundle is emptied after Astro has filled it', () => {
  assert.deepEqual(pluginsAdded('build'), [noPrebundling]);
  assert.equal(noPrebundling.enforce, 'post', 'runs after Astro’s own plugins have listed their dependencies');
  const client = {
    optimizeDeps: { include: ['astro > html-escaper', 'astro/runtime/client/dev-toolbar/entrypoint.js'], exclude: ['astro:*'] },
  };
  const hook = noPrebundling.configEnvironment as (name: string, options: typeof client) => void;
  hook('client', client);
  assert.deepEqual(client.optimizeDeps, { include: [], exclude: ['astro:*'] });
});

test('the dev server and other commands keep their pre-bundling', () => {
  assert.deepEqual(pluginsAdded('dev'), []);
  assert.deepEqual(pluginsAdded('preview'), []);
});
