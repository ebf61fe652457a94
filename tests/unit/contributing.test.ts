import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentSchemas } from '../../src/lib/content/schema.ts';
import { DOCUMENT_COLLECTIONS } from '../../src/lib/content/vocabulary.ts';
import { withFieldTables } from '../../scripts/lib/field-tables.ts';
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

test('CONTRIBUTING.md field tables are the ones the schemas generate', () => {
  // withFieldTables throws when a table's markers are missing, which fails here too.
  const regenerated = withFieldTables(guide);
  const have = new Set(guide.split('\n'));
  const differing = regenerated.split('\n').filter((line) => !have.has(line));
  assert.ok(
    regenerated === guide,
    `CONTRIBUTING.md's field tables differ from the field descriptions in src/lib/content/schema.ts: run npm run docs:fields. Rows the schemas give:\n${differing.join('\n')}`,
  );
});
