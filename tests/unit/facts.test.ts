/** The lenient reader of documents' frontmatter: each field that is valid, on its own. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { documentFacts, factsOf } from '../../src/lib/content/facts.ts';
import { parseYaml, readContent } from '../../src/lib/content/files.ts';
import { repoRoot, validFixture } from '../helpers/fixture.ts';

const FILE = 'content/procedures/neglect.mdx';
const read = (yaml: string) => factsOf({ collection: 'procedures', id: 'neglect', file: FILE, frontmatter: parseYaml(yaml, FILE, 2) });

test('valid fields are read as the schema gives them', () => {
  const facts = read(
    'title: "  Neglect "\nstatus: archived\nowner: policy-and-procedures\nredirectFrom: [/procedures/old/]\nlastReviewed: 2026-03-02\nnextReviewDue: "2028-03-02"',
  );
  assert.deepEqual(facts, {
    collection: 'procedures',
    id: 'neglect',
    file: FILE,
    title: 'Neglect',
    status: 'archived',
    owner: 'policy-and-procedures',
    redirectFrom: ['/procedures/old/'],
    lastReviewed: '2026-03-02',
    nextReviewDue: '2028-03-02',
  });
});

test('a bad value leaves only its own field out', () => {
  const facts = read('title: Neglect\nstatus: retired\nowner: Policy Group\nlastReviewed: 2026-02-30\nnextReviewDue: 2028-03-02');
  assert.equal(facts.title, 'Neglect');
  assert.equal(facts.status, undefined);
  assert.equal(facts.owner, undefined);
  assert.equal(facts.lastReviewed, undefined, 'not a real date');
  assert.equal(facts.nextReviewDue, '2028-03-02');
});

test('a missing status is published, as the schema defaults it; an empty title is no title', () => {
  assert.equal(read('title: Neglect').status, 'published');
  assert.equal(read('title: " "').title, undefined);
});

test('only former addresses that are site addresses are kept, and a value that is not a list gives none', () => {
  assert.deepEqual(read('redirectFrom: [/procedures/a/, 3, Old Name, /procedures/b]').redirectFrom, ['/procedures/a/']);
  assert.deepEqual(read('redirectFrom: /procedures/a/').redirectFrom, []);
  assert.deepEqual(read('title: Neglect').redirectFrom, []);
});

test('broken YAML or a frontmatter that is not a mapping still names the document', () => {
  for (const yaml of ['title: [Neglect', '- a list', 'just text']) {
    const facts = read(yaml);
    assert.deepEqual(
      [facts.collection, facts.id, facts.file, facts.title, facts.owner, facts.redirectFrom],
      ['procedures', 'neglect', FILE, undefined, undefined, []],
      yaml,
    );
  }
});

test("every document in the content, in the tree's order", () => {
  const tree = readContent(repoRoot, validFixture);
  const facts = documentFacts(tree);
  assert.deepEqual(
    facts.map((f) => f.file),
    tree.documents.map((d) => d.file),
  );
  const procedure = facts.find((f) => f.id === 'fixture-procedure')!;
  assert.equal(procedure.title, 'Fixture procedure');
  assert.deepEqual(procedure.redirectFrom, ['/procedures/old-fixture-procedure/']);
});
