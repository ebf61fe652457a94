/**
 * A build reads the content twice (astro.config.mjs, then the content gate); the second read
 * takes the first one's parse, once, whichever way the two name the root folder.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { forgetSharedParses, readContent } from '../../src/lib/content-files.ts';

const root = join(import.meta.dirname, '..', '..');
const content = join(root, 'tests', 'fixtures', 'content-valid');

test('the second read takes the first read\'s parse, even when one names the root with a trailing slash', () => {
  forgetSharedParses();
  const first = readContent(root, content);
  const second = readContent(`${root}/`, `${content}/`);
  assert.ok(first.documents.length > 0);
  assert.deepEqual(second.documents.map((d) => d.file), first.documents.map((d) => d.file));
  for (const [i, doc] of second.documents.entries()) assert.equal(doc.frontmatter, first.documents[i]!.frontmatter, doc.file);
});

test('each parse is handed out once: a third read parses anew', () => {
  forgetSharedParses();
  const first = readContent(root, content);
  readContent(root, content);
  const third = readContent(root, content);
  assert.notEqual(third.documents[0]!.frontmatter, first.documents[0]!.frontmatter);
});

test('forgetting the shared parses means the next read parses anew, so nothing is held for the rest of a build', () => {
  forgetSharedParses();
  const first = readContent(root, content);
  forgetSharedParses();
  const next = readContent(root, content);
  assert.notEqual(next.documents[0]!.frontmatter, first.documents[0]!.frontmatter);
  assert.deepEqual(next.documents[0]!.frontmatter.value, first.documents[0]!.frontmatter.value);
});
