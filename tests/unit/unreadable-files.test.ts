/**
 * Input that could crash or stall the reader (files.ts) instead of giving an editor a message:
 * YAML anchors and aliases (a "billion laughs" file), files that are not UTF-8 text, and a
 * document with no body.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANCHOR_MESSAGE, parseYaml, parseYamlWithPositions, readContent, readText } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { copyFixture, repoRoot } from '../helpers/fixture.ts';

/** Nine lists of nine aliases, nested ten deep: 9^10 (3.5 billion) strings once expanded. */
function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghij';
  for (let i = 1; i < names.length; i++)
    lines.push(
      `${names[i]}: &${names[i]} [${Array(9)
        .fill(`*${names[i - 1]}`)
        .join(',')}]`,
    );
  return `title: Bomb\n${lines.join('\n')}\n`;
}

for (const [name, parse] of [
  ['parseYaml', parseYaml],
  ['parseYamlWithPositions', parseYamlWithPositions],
] as const) {
  test(`${name} refuses a "billion laughs" file at once, naming the first anchor's line`, () => {
    const started = performance.now();
    const source = parse(billionLaughs(), 'content/procedures/bomb.mdx', 2);
    assert.ok(performance.now() - started < 2000, 'refused without expanding the aliases');
    assert.equal(source.value, undefined);
    assert.deepEqual(source.syntaxErrors, [{ line: 3, field: 'YAML', message: ANCHOR_MESSAGE }]);
  });
}

test('a single anchor and alias is refused too, in a flow list as in a block', () => {
  for (const text of ['base: &base x\nother: *base\n', 'list: [&one a, *one]\n', '- &item x\n- *item\n']) {
    assert.equal(parseYaml(text, 'x.yaml').syntaxErrors[0]?.message, ANCHOR_MESSAGE, text);
  }
});

test('an ampersand or asterisk in ordinary text is not mistaken for an anchor', () => {
  const text = 'title: R&D and Tom & Jerry\nsummary: "*Note*: 5 * 3"\nservice: Children & Families\n';
  const source = parseYaml(text, 'x.yaml');
  assert.deepEqual(source.syntaxErrors, []);
  assert.deepEqual(source.value, { title: 'R&D and Tom & Jerry', summary: '*Note*: 5 * 3', service: 'Children & Families' });
});

test('readText names the line of the first character that is not UTF-8', () => {
  const dir = copyFixture();
  const path = join(dir, 'windows.mdx');
  writeFileSync(path, Buffer.concat([Buffer.from('one\ntwo\nthe child'), Buffer.from([0x92]), Buffer.from('s worker\n')]));
  const read = readText(path);
  assert.ok('unreadable' in read);
  assert.equal(read.unreadable.line, 3);
  assert.match(read.unreadable.message, /^is not saved as UTF-8 \(line 3 .*save the file as UTF-8/);
});

test('readText reads UTF-8, accents and all, and a file with a NUL byte is not text', () => {
  const dir = copyFixture();
  writeFileSync(join(dir, 'ok.mdx'), 'Café – “quoted”\n');
  assert.deepEqual(readText(join(dir, 'ok.mdx')), { text: 'Café – “quoted”\n' });
  writeFileSync(join(dir, 'nul.mdx'), Buffer.from('text\0more'));
  const read = readText(join(dir, 'nul.mdx'));
  assert.ok('unreadable' in read && /^is not a text file/.test(read.unreadable.message));
});

test('a document with frontmatter and no body at all is read and checked without problems', () => {
  const dir = copyFixture();
  const fields =
    'title: Only frontmatter\nsummary: A procedure with no body.\nowner: policy-and-procedures\nversion: "1.0"\nlastReviewed: 2026-01-10\nnextReviewDue: 2028-01-10';
  writeFileSync(join(dir, 'procedures/only-frontmatter.mdx'), `---\n${fields}\n---\n`);
  writeFileSync(join(dir, 'procedures/no-final-newline.mdx'), `---\n${fields.replace('Only', 'No final newline, only')}\n---`);
  const tree = readContent(repoRoot, dir);
  for (const id of ['only-frontmatter', 'no-final-newline']) {
    const doc = tree.documents.find((d) => d.id === id);
    assert.equal(doc?.body, '', id);
    assert.deepEqual(doc?.frontmatter.syntaxErrors, []);
  }
  assert.deepEqual(validateContent(tree, { today: '2026-06-01' }).problems.map(formatProblem), []);
});
