/** The rename guard's comparison: which addresses the live site served that the content now loses. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addressedDocument,
  documentAtPath,
  documentFromText,
  formatLostAddress,
  liveAddresses,
  lostAddresses,
  type AddressedDocument,
} from '../../scripts/lib/address-guard.ts';
import { parseYaml } from '../../src/lib/content/files.ts';
import { documentPath } from '../../src/lib/content/documents.ts';
import { parseCatFileBatch, parseLsTree } from '../../scripts/lib/git-objects.ts';

type Doc = Partial<AddressedDocument> & Pick<AddressedDocument, 'id'>;
const doc = ({ id, ...rest }: Doc): AddressedDocument => ({
  collection: 'procedures',
  id,
  file: `content/${rest.collection ?? 'procedures'}/${id}.mdx`,
  status: 'published',
  title: `Title of ${id}`,
  redirectFrom: [],
  ...rest,
});
/** The addresses `before` served that `now` loses, as the guard reports them. */
const lost = (before: AddressedDocument[], now: AddressedDocument[]) => lostAddresses(liveAddresses(before), now);

const neglect = doc({ id: 'neglect', title: 'Neglect' });
const lado = doc({ id: 'lado', title: 'Allegations against staff' });

test('unchanged content loses nothing', () => {
  assert.deepEqual(lost([neglect, lado], [neglect, lado]), []);
});

test('a rename with the old address in redirectFrom keeps it', () => {
  const renamed = doc({ id: 'neglect-and-emotional-abuse', title: 'Neglect', redirectFrom: [documentPath('procedures', 'neglect')] });
  assert.deepEqual(lost([neglect, lado], [renamed, lado]), []);
});

test('a rename without a redirect is reported once, naming the old file, the address and the file it became', () => {
  const renamed = doc({ id: 'neglect-and-emotional-abuse', title: 'Neglect' });
  const problems = lost([neglect, lado], [renamed, lado]);
  assert.equal(problems.length, 1);
  const [problem] = problems;
  assert.equal(problem!.file, neglect.file);
  assert.equal(problem!.address, documentPath(neglect.collection, neglect.id));
  const line = formatLostAddress(problem!);
  assert.ok(line.startsWith(`${neglect.file}: address: `), line);
  assert.ok(line.includes(`\`redirectFrom: [${problem!.address}]\``), 'the exact line to add');
  assert.ok(line.includes(`renamed to ${renamed.file}`), 'the likely new file, found by its title');
});

test('when the renamed file already has former addresses, the suggested line keeps them', () => {
  const before = doc({ ...neglect, redirectFrom: ['/procedures/neglect-old/'] });
  const renamed = { ...before, id: 'neglect-and-emotional-abuse', file: 'content/procedures/neglect-and-emotional-abuse.mdx' };
  const [problem, ...rest] = lost([before], [renamed]);
  assert.deepEqual(rest, [], 'the older former address moved with the file, so only the page address is lost');
  assert.ok(problem!.message.includes('`redirectFrom: [/procedures/neglect-old/, /procedures/neglect/]`'), problem!.message);
});

test('a rename that also changes the title still names the fix, without guessing the new file', () => {
  const renamed = doc({ id: 'neglect-and-emotional-abuse', title: 'Neglect and emotional abuse' });
  const [problem, ...rest] = lost([neglect], [renamed]);
  assert.deepEqual(rest, []);
  assert.match(problem!.message, /add `redirectFrom: \[\/procedures\/neglect\/\]` to the document that replaces it/);
  assert.match(problem!.message, /status: archived/, 'or how to withdraw it instead');
  assert.doesNotMatch(problem!.message, /renamed to/);
});

test('a deleted published document is reported, with both ways to keep its address', () => {
  const problems = lost([neglect, lado], [lado]);
  assert.deepEqual(
    problems.map((p) => p.file),
    [neglect.file],
  );
  assert.match(problems[0]!.message, /is no longer in the content/);
  assert.match(problems[0]!.message, /redirectFrom: \[\/procedures\/neglect\/\]/);
  assert.match(problems[0]!.message, /keep the file with `status: archived`/);
});

test('another document taking over the old address by redirect, or by its own file name, keeps it', () => {
  assert.deepEqual(lost([neglect, lado], [doc({ ...lado, redirectFrom: ['/procedures/neglect/'] })]), []);
  const newDocumentSameName = doc({ id: 'neglect', title: 'Neglect in teenagers' });
  assert.deepEqual(lost([neglect], [newDocumentSameName]), []);
});

test('a document in another collection is its own address: moving folders needs a redirect too', () => {
  const moved = doc({ id: 'neglect', collection: 'briefings', title: 'Neglect' });
  assert.deepEqual(
    lost([neglect], [moved]).map((p) => p.address),
    ['/procedures/neglect/'],
  );
  assert.deepEqual(lost([neglect], [{ ...moved, redirectFrom: ['/procedures/neglect/'] }]), []);
});

test('a draft that was never published can be renamed or deleted freely', () => {
  const draft = doc({ id: 'new-idea', status: 'draft' });
  assert.deepEqual(lost([neglect, draft], [neglect]), []);
  assert.deepEqual(lost([neglect, draft], [neglect, doc({ id: 'better-idea', status: 'draft', title: draft.title })]), []);
  assert.deepEqual(liveAddresses([draft]), [], 'a draft serves no address, not even its former ones');
});

test('archiving keeps the page, so its address and former addresses stay; deleting an archived document loses them', () => {
  const withHistory = doc({ ...neglect, redirectFrom: ['/procedures/neglect-old/'] });
  assert.deepEqual(lost([withHistory], [{ ...withHistory, status: 'archived' }]), []);
  const archived = { ...withHistory, status: 'archived' as const };
  assert.deepEqual(
    lost([archived], [])
      .map((p) => p.address)
      .sort(),
    ['/procedures/neglect-old/', '/procedures/neglect/'],
  );
});

test('turning a published document back into a draft is reported: drafts are not on the live site', () => {
  const [problem, ...rest] = lost([neglect], [{ ...neglect, status: 'draft' }]);
  assert.deepEqual(rest, []);
  assert.equal(problem!.file, neglect.file);
  assert.match(problem!.message, /is now a draft/);
  assert.match(problem!.message, /`status: published`.*`status: archived`/);
});

test("a redirect from a draft does not keep the address: the build writes drafts' redirects only in previews", () => {
  const draftReplacement = doc({
    id: 'neglect-and-emotional-abuse',
    title: 'Neglect',
    status: 'draft',
    redirectFrom: ['/procedures/neglect/'],
  });
  const [problem, ...rest] = lost([neglect], [draftReplacement]);
  assert.deepEqual(rest, []);
  assert.ok(problem!.message.includes(draftReplacement.file), 'names the draft');
  assert.match(problem!.message, /is a draft/);
});

test('dropping a former address from redirectFrom is reported, naming the file that listed it', () => {
  const renamedEarlier = doc({ ...neglect, redirectFrom: ['/procedures/neglect-old/', '/procedures/neglect-older/'] });
  const problems = lost([renamedEarlier], [{ ...renamedEarlier, redirectFrom: ['/procedures/neglect-old/'] }]);
  assert.deepEqual(
    problems.map((p) => [p.file, p.address]),
    [[neglect.file, '/procedures/neglect-older/']],
  );
  assert.match(problems[0]!.message, /was a former address of this document/);
});

test('a former address moved to the document that replaced it is kept', () => {
  const renamedEarlier = doc({ ...neglect, redirectFrom: ['/procedures/neglect-old/'] });
  const replacement = doc({
    id: 'neglect-and-emotional-abuse',
    title: 'Neglect',
    redirectFrom: ['/procedures/neglect/', '/procedures/neglect-old/'],
  });
  assert.deepEqual(lost([renamedEarlier], [replacement]), []);
});

test('every lost address is reported once, even when two base documents served it', () => {
  const both = [neglect, doc({ ...lado, redirectFrom: ['/procedures/neglect/'] })];
  assert.deepEqual(
    lost(both, [])
      .map((p) => p.address)
      .sort(),
    ['/procedures/lado/', '/procedures/neglect/'],
  );
});

test('frontmatter is read leniently: a missing or unreadable status counts as published, odd redirectFrom values are ignored', () => {
  const read = (yaml: string) =>
    addressedDocument({
      collection: 'procedures',
      id: 'neglect',
      file: 'content/procedures/neglect.mdx',
      frontmatter: parseYaml(yaml, 'content/procedures/neglect.mdx', 2),
    });
  assert.equal(read('title: Neglect').status, 'published');
  assert.equal(read('title: Neglect\nstatus: retired').status, 'published');
  assert.equal(read('status: draft').status, 'draft');
  assert.equal(read('status: archived').status, 'archived');
  assert.deepEqual(read('redirectFrom: [/procedures/a/, 3, /procedures/b/]').redirectFrom, ['/procedures/a/', '/procedures/b/']);
  assert.deepEqual(read('redirectFrom: /procedures/a/').redirectFrom, []);
  const broken = read('title: [Neglect');
  assert.deepEqual([broken.status, broken.title, broken.redirectFrom], ['published', undefined, []]);
  assert.equal(read('title: Neglect').title, 'Neglect');
});

test('a repository path is a document only as <collection>/<name>.mdx inside the content folder', () => {
  assert.deepEqual(documentAtPath('content/procedures/neglect.mdx', 'content'), { collection: 'procedures', id: 'neglect' });
  assert.deepEqual(documentAtPath('site/content/briefings/safe-sleep.mdx', 'site/content/'), { collection: 'briefings', id: 'safe-sleep' });
  assert.deepEqual(documentAtPath('reports/annual.mdx', ''), { collection: 'reports', id: 'annual' });
  for (const path of [
    'content/procedures/notes.txt',
    'content/procedures/old/neglect.mdx',
    'content/subgroups/neglect.mdx',
    'other/procedures/neglect.mdx',
    'content/neglect.mdx',
  ]) {
    assert.equal(documentAtPath(path, 'content'), null, path);
  }
});

test("a document's text from another revision gives its status, title and former addresses", () => {
  const text = '---\ntitle: Neglect\nstatus: archived\nredirectFrom: [/procedures/neglect-old/]\n---\n\n## Scope\n';
  assert.deepEqual(documentFromText('content/procedures/neglect.mdx', text, 'content'), {
    collection: 'procedures',
    id: 'neglect',
    file: 'content/procedures/neglect.mdx',
    status: 'archived',
    title: 'Neglect',
    redirectFrom: ['/procedures/neglect-old/'],
  });
  assert.equal(documentFromText('content/procedures/neglect.mdx', 'no frontmatter', 'content')?.status, 'published');
  assert.equal(documentFromText('content/glossary/lado.yaml', 'a: b', 'content'), null);
  assert.equal(
    documentFromText('content/procedures/scan.mdx', 'PK\u0003\u0004\0\0word/document.xml', 'content'),
    null,
    'a Word file renamed .mdx was never a page',
  );
});

test('git ls-tree -z output is read without quoting, spaces and tabs in names included', () => {
  const entries = [
    { mode: '100644', type: 'blob', object: 'a'.repeat(40), path: 'content/procedures/neglect.mdx' },
    { mode: '100644', type: 'blob', object: 'b'.repeat(40), path: 'content/procedures/odd name\twith tab.mdx' },
    { mode: '160000', type: 'commit', object: 'c'.repeat(40), path: 'vendor/module' },
  ];
  const output = entries.map((e) => `${e.mode} ${e.type} ${e.object}\t${e.path}\0`).join('');
  assert.deepEqual(parseLsTree(output), entries);
  assert.deepEqual(parseLsTree(''), []);
});

test('git cat-file --batch output is split by byte counts, so accented text and missing objects line up', () => {
  const texts = ['title: Café\n', '', 'line one\nline two\n'];
  const record = (text: string, i: number) => `${String(i).repeat(40)} blob ${Buffer.byteLength(text)}\n${text}\n`;
  const output = Buffer.from(`${record(texts[0]!, 1)}${'f'.repeat(40)} missing\n${record(texts[1]!, 2)}${record(texts[2]!, 3)}`);
  assert.deepEqual(parseCatFileBatch(output), [texts[0], undefined, texts[1], texts[2]]);
  assert.throws(() => parseCatFileBatch(Buffer.from(`${'1'.repeat(40)} blob 99\nshort\n`)), /cut short/);
});
