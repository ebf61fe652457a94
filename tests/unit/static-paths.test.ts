import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveRequest } from '../../scripts/lib/static-paths.ts';

const files = new Set(['index.html', 'procedures/index.html', 'procedures/neglect/index.html', 'pagefind/pagefind.js']);
const exists = (f: string) => files.has(f);

test('directories serve their index.html; files serve as they are', () => {
  assert.deepEqual(resolveRequest('/', '/', exists), { kind: 'file', file: 'index.html' });
  assert.deepEqual(resolveRequest('/procedures/neglect/', '/', exists), { kind: 'file', file: 'procedures/neglect/index.html' });
  assert.deepEqual(resolveRequest('/pagefind/pagefind.js', '/', exists), { kind: 'file', file: 'pagefind/pagefind.js' });
});

test('a directory without its trailing slash redirects, as static hosts do', () => {
  assert.deepEqual(resolveRequest('/procedures/neglect', '/', exists), { kind: 'redirect', location: '/procedures/neglect/' });
});

test('under a base path, only addresses inside it exist', () => {
  assert.deepEqual(resolveRequest('/llr/procedures/', '/llr/', exists), { kind: 'file', file: 'procedures/index.html' });
  assert.deepEqual(resolveRequest('/procedures/', '/llr/', exists), { kind: 'not-found' });
  assert.deepEqual(resolveRequest('/llr', '/llr/', exists), { kind: 'file', file: 'index.html' });
});

test('paths cannot climb out of the site folder', () => {
  assert.deepEqual(resolveRequest('/../etc/passwd', '/', exists), { kind: 'not-found' });
  assert.deepEqual(resolveRequest('/%2e%2e/secret', '/', exists), { kind: 'not-found' });
  assert.deepEqual(resolveRequest('/%E0%A4%A', '/', exists), { kind: 'not-found' });
});
