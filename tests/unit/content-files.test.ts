/**
 * The fast YAML parse agrees with the positioned one, and a field's line is found the same way
 * by both.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { generateContent } from '../../bench/generate.ts';
import { parseYaml, parseYamlWithPositions, splitFrontmatter } from '../../src/lib/content/files.ts';

const root = join(import.meta.dirname, '..', '..');
const content = join(root, 'tests', 'fixtures', 'content-valid');

/* ------------------------------------------------------------------ the two YAML parsers */

/** Every YAML text the project has: the manual's, the fixtures' (valid and broken) and generated documents'. */
function allYamlTexts(): { file: string; text: string }[] {
  const folders = [
    join(root, 'content'),
    content,
    ...readdirSync(join(root, 'tests', 'fixtures', 'bad')).map((name) => join(root, 'tests', 'fixtures', 'bad', name)),
  ];
  const generated = mkdtempSync(join(tmpdir(), 'llr-yaml-'));
  generateContent(join(generated, 'content'), 300, join(root, 'content'));
  folders.push(join(generated, 'content'));
  const texts: { file: string; text: string }[] = [];
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      const source = readFileSync(path, 'utf8');
      if (entry.name.endsWith('.yaml')) texts.push({ file: path, text: source });
      if (entry.name.endsWith('.mdx')) {
        const { yaml } = splitFrontmatter(source);
        if (yaml !== null) texts.push({ file: path, text: yaml });
      }
    }
  }
  rmSync(generated, { recursive: true, force: true });
  return texts;
}

test('the fast YAML parse gives the value the positioned parse gives, for every YAML text the project has', () => {
  const texts = allYamlTexts();
  assert.ok(texts.length > 400, `only ${texts.length} texts`);
  for (const { file, text } of texts) {
    const fast = parseYaml(text, file, 2);
    const full = parseYamlWithPositions(text, file, 2);
    // Where the positioned parse finds an error, the fast one must find it too and report it the same way.
    if (full.syntaxErrors.length) assert.deepEqual(fast.syntaxErrors, full.syntaxErrors, file);
    assert.deepEqual(fast.value, full.value, file);
  }
});

test('a top-level field is found on the line the positioned parse gives, for every YAML text the project has', () => {
  for (const { file, text } of allYamlTexts()) {
    const full = parseYamlWithPositions(text, file, 2);
    if (full.syntaxErrors.length || !full.value || typeof full.value !== 'object' || Array.isArray(full.value)) continue;
    const fast = parseYaml(text, file, 2);
    for (const key of Object.keys(full.value)) assert.equal(fast.lineOf([key]), full.lineOf([key]), `${file}: ${key}`);
  }
});

test('a list written inline is reported on its own line', () => {
  const text = 'title: A\nrelated: [procedures/a]\n';
  assert.equal(parseYamlWithPositions(text, 'x.mdx', 2).lineOf(['related']), 3);
  assert.equal(parseYaml(text, 'x.mdx', 2).lineOf(['related']), 3);
});

test('the fast parse still points at the right line, and leaves errors to the parser that phrases them for editors', () => {
  const text = 'title: Neglect\nowner: policy-and-procedures\nrelated:\n  - procedures/a\n  - procedures/b\n';
  const fast = parseYaml(text, 'content/procedures/neglect.mdx', 2);
  assert.deepEqual(fast.syntaxErrors, []);
  assert.equal(fast.lineOf(['owner']), 3);
  assert.equal(fast.lineOf(['related', 1]), 6);
  assert.equal(fast.lineOf(['missing']), 2);

  const duplicate = parseYaml('title: A\ntitle: B\n', 'content/procedures/x.mdx', 2);
  assert.equal(duplicate.value, undefined);
  assert.equal(duplicate.syntaxErrors.length, 1);
  assert.equal(duplicate.syntaxErrors[0]!.line, 3);
  assert.deepEqual(duplicate.syntaxErrors, parseYamlWithPositions('title: A\ntitle: B\n', 'content/procedures/x.mdx', 2).syntaxErrors);

  const broken = parseYaml('title: "unclosed\nowner: x\n', 'content/procedures/y.mdx', 2);
  assert.equal(broken.value, undefined);
  assert.ok(broken.syntaxErrors.length > 0);
});

test('the fast parse reads dates as text, as the content rules expect, not as JavaScript dates', () => {
  assert.deepEqual(parseYaml('lastReviewed: 2026-03-01\nversion: 1.0\n', 'x.mdx').value, { lastReviewed: '2026-03-01', version: 1 });
});
