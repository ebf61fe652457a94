/**
 * The fast YAML parse agrees with the positioned one, and a field's line is found the same way
 * by both.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseYaml, parseYamlWithPositions, splitFrontmatter } from '../../src/lib/content/files.ts';
import { allContentFiles } from '../helpers/content-files.ts';

/* ------------------------------------------------------------------ the two YAML parsers */

/** Every YAML text the project has: each YAML file, and each MDX file's frontmatter. */
function allYamlTexts(): { file: string; text: string }[] {
  return allContentFiles().flatMap(({ file, text }) => {
    if (file.endsWith('.yaml')) return [{ file, text }];
    const { yaml } = splitFrontmatter(text);
    return yaml === null ? [] : [{ file, text: yaml }];
  });
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
