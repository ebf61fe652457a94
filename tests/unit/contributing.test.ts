import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentSchemas } from '../../src/lib/content/schema.ts';
import { DOCUMENT_COLLECTIONS } from '../../src/lib/content/vocabulary.ts';
import { expectations } from '../helpers/bad-corpus.ts';
import { repoRoot } from '../helpers/fixture.ts';

const guide = readFileSync(join(repoRoot, 'CONTRIBUTING.md'), 'utf8');

test('CONTRIBUTING.md explains every frontmatter field the schemas define', () => {
  const fields = new Set(DOCUMENT_COLLECTIONS.flatMap((collection) => Object.keys(documentSchemas[collection].shape)));
  const missing = [...fields].filter((field) => !guide.includes(`| \`${field}\``));
  assert.deepEqual(missing, [], 'each field needs a row in the field tables');
});

test('CONTRIBUTING.md explains every kind of checker message the corpus produces', () => {
  const rules = new Set(Object.values(expectations).map(([, field]) => field.replace(/\[\d+\].*$/, '')));
  const missing = [...rules].filter((rule) => !guide.includes(`${rule}:`) && !guide.includes(`\`${rule}\``));
  assert.deepEqual(missing, []);
});
