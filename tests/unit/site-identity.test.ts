/**
 * A platform, not one site (issue 16): the partnership's identity lives in content/site.yaml,
 * never in src/, and the checker holds a content folder's site.yaml to the same standard as its
 * other data files.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { astroCanLoad } from '../../src/lib/content/loadable.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { siteSchema } from '../../src/lib/content/schema.ts';
import { copyFixture, edit, repoRoot } from '../helpers/fixture.ts';

/** Names of the partnership the code was first written for. */
const PARTNERSHIP_NAMES = /Leicester|Leicestershire|Rutland|\bLLR\b/;

/**
 * The code lines of a source file, comments left out: JSDoc and block comments (`/* ... *\/`,
 * `{/* ... *\/}` in .astro), HTML comments, whole-line `//` comments and a `//` comment after code.
 * Rough on purpose: a comment that opens mid-line ends at the line's end, which can only keep
 * more text in view, never hide code.
 */
function codeLines(source: string): { line: number; text: string }[] {
  const lines: { line: number; text: string }[] = [];
  let inBlock = false;
  source.split('\n').forEach((raw, i) => {
    const trimmed = raw.trim();
    if (inBlock) {
      if (trimmed.includes('*/') || trimmed.includes('-->')) inBlock = false;
      return;
    }
    if (/^(\/\*|\{\/\*|<!--)/.test(trimmed)) {
      inBlock = !/(\*\/|-->)/.test(trimmed.slice(2));
      return;
    }
    if (trimmed.startsWith('//') || trimmed.startsWith('*')) return;
    // A `//` after a space is a comment; in "https://" it follows a colon.
    lines.push({ line: i + 1, text: raw.replace(/(^|\s)\/\/.*$/, '$1') });
  });
  return lines;
}

describe('src/ names no partnership outside comments', () => {
  test('the comment filter keeps code and drops comments', () => {
    const source = [
      '/**',
      ' * Rutland in a comment',
      ' */',
      "const a = 'Leicester'; // Rutland",
      '// Rutland',
      '{/* Rutland */}',
      '<!-- Rutland',
      '-->',
      "const url = 'https://example.org/Rutland';",
    ].join('\n');
    assert.deepEqual(
      codeLines(source).map((l) => l.text.trim()),
      ["const a = 'Leicester';", "const url = 'https://example.org/Rutland';"],
    );
  });

  test('every name, area and publisher line comes from content/site.yaml', () => {
    const files = readdirSync(join(repoRoot, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(ts|mjs|js|astro|css)$/.test(file),
    );
    assert.ok(files.length > 50, `only ${files.length} source files found`);
    const found = files.flatMap((file) =>
      codeLines(readFileSync(join(repoRoot, 'src', file), 'utf8'))
        .filter(({ text }) => PARTNERSHIP_NAMES.test(text))
        .map(({ line, text }) => `src/${file}:${line}: ${text.trim()}`),
    );
    assert.deepEqual(found, [], 'move these into content/site.yaml (or another content file) and read them from there');
  });
});

describe('site.yaml in the checker', () => {
  const problemsIn = (dir: string) => validateContent(readContent(repoRoot, dir)).problems;
  const lineOf = (dir: string, text: string) =>
    readFileSync(join(dir, 'site.yaml'), 'utf8')
      .split('\n')
      .findIndex((line) => line.startsWith(text)) + 1;

  test("the real content's site.yaml passes its schema", () => {
    const source = readContent(repoRoot).data.site;
    assert.ok(source, 'content/site.yaml exists');
    assert.equal(siteSchema.safeParse(source.value).success, true);
  });

  test('a content folder without site.yaml fails, and Astro is not asked to load it', () => {
    const dir = copyFixture();
    rmSync(join(dir, 'site.yaml'));
    const tree = readContent(repoRoot, dir);
    assert.equal(astroCanLoad(tree), false);
    assert.deepEqual(problemsIn(dir).map(formatProblem), [
      `${tree.folder}/site.yaml:1: file: is missing: every content folder needs site.yaml, with the partnership's name and areas (see docs/new-partnership.md)`,
    ]);
  });

  test('a misspelt field is named on its own line, and the field it should be is missing', () => {
    const dir = copyFixture();
    edit(dir, 'site.yaml', /^strapline:/m, 'strapLine:');
    const messages = problemsIn(dir).map((p) => `${p.line}: ${p.field}: ${p.message}`);
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.match(messages[0]!, /^1: strapline: is missing: add a line saying what the site is for/);
    assert.equal(
      messages[1],
      `${lineOf(dir, 'strapLine:')}: fields: is not a field this file can have (strapLine): check the spelling or remove it`,
    );
    assert.equal(astroCanLoad(readContent(repoRoot, dir)), false);
  });

  test('an app short name too long for a home screen, and a colour that is not one, are refused', () => {
    const dir = copyFixture();
    edit(dir, 'site.yaml', /^ {2}shortName: LLR Safeguarding$/m, '  shortName: LLR Safeguarding Children');
    edit(dir, 'site.yaml', /^ {2}theme: .*$/m, '  theme: blue');
    const messages = problemsIn(dir).map((p) => `${p.field}: ${p.message}`);
    assert.deepEqual(messages, [
      'app.shortName: is too long: a phone shows about 16 characters under an icon, so keep it to 16 at most',
      'colours.theme: must be a colour written as # and six hexadecimal digits, such as "#1d3f72"',
    ]);
  });

  test('two areas with one id are refused, as is "national", kept for national services', () => {
    const dir = copyFixture();
    edit(dir, 'site.yaml', '  - id: rutland', '  - id: leicester');
    edit(dir, 'site.yaml', '  - id: leicestershire', '  - id: national');
    const messages = problemsIn(dir).map((p) => `${p.field}: ${p.message}`);
    assert.ok(
      messages.includes('localAreas[1].id: "national" is already used for national services: give each area its own id'),
      messages.join('\n'),
    );
    assert.ok(messages.includes('localAreas[2].id: "leicester" is already used: give each area its own id'), messages.join('\n'));
  });

  test('a local area with no front door is a warning naming the contact to add', () => {
    const dir = copyFixture();
    renameSync(join(dir, 'contacts/rutland-children-social-care.yaml'), join(dir, 'contacts/rutland-social-care.yaml'));
    const problems = problemsIn(dir);
    assert.deepEqual(
      problems.map((p) => `${p.severity} ${p.line}: ${p.field}`),
      [`warning ${lineOf(dir, '  - id: rutland')}: localAreas[2].id`],
    );
    assert.match(
      problems[0]!.message,
      /^Rutland has no front door: add .*contacts\/rutland-children-social-care\.yaml, its children's social care/,
    );
  });
});
