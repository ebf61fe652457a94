import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { addMonths } from '../../src/lib/dates.ts';
import { lastReportingYear, scaffold, scaffoldFrontmatter, slugify } from '../../scripts/lib/scaffold.ts';
import { documentSchemas } from '../../src/lib/content/schema.ts';
import { DOCUMENT_COLLECTIONS } from '../../src/lib/content/vocabulary.ts';
import { copyFixture, repoRoot } from '../helpers/fixture.ts';

const TODAY = '2026-11-23';

function runNew(contentDir: string, args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_TODAY: TODAY },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const problemsIn = (dir: string) => validateContent(readContent(repoRoot, dir), { today: TODAY }).problems;

/** Replaces each body placeholder with text, as an editor would; the frontmatter is left as generated. */
function fillBody(path: string): void {
  const text = readFileSync(path, 'utf8');
  const end = text.indexOf('\n---\n', 4) + 5;
  writeFileSync(path, text.slice(0, end) + text.slice(end).replace(/TODO: [^\n]*/g, 'Written by the editor.'));
}

const kinds: [kind: string, owner: string, cycleMonths: number, file: string, extra: string[]][] = [
  ['procedure', 'policy-and-procedures', 24, 'procedures/children-missing-education.mdx', []],
  [
    'briefing',
    'learning-and-development',
    24,
    'briefings/children-missing-education.mdx',
    ['--theme', 'Education', '--source-review', 'A thematic audit'],
  ],
  ['report', 'leicester-board', 36, 'reports/children-missing-education.mdx', []],
  [
    'arrangements',
    'leicester-board',
    36,
    'arrangements/children-missing-education.mdx',
    ['--endorsed-by', 'Leicester City Council, Leicestershire Police'],
  ],
  ['thresholds', 'policy-and-procedures', 24, 'thresholds/children-missing-education.mdx', []],
];

for (const [kind, owner, cycleMonths, file, extra] of kinds) {
  test(`npm run new ${kind}: a file that passes the checker once its body placeholders are filled`, () => {
    const dir = copyFixture();
    const { status, output } = runNew(dir, [
      kind,
      'Children missing education',
      '--owner',
      owner,
      '--summary',
      'What to do when a child is missing education.',
      ...extra,
    ]);
    assert.equal(status, 0, output);
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    assert.match(text, new RegExp(`^lastReviewed: ${TODAY}$`, 'm'));
    assert.match(text, new RegExp(`^nextReviewDue: ${addMonths(TODAY, cycleMonths)}$`, 'm'), "the review date follows the owner's cycle");
    assert.match(text, new RegExp(`^owner: ${owner}$`, 'm'));

    const before = problemsIn(dir);
    assert.ok(before.length > 0, 'the template has placeholders to fill');
    assert.deepEqual(before.filter((p) => p.severity === 'error').map(formatProblem), [], 'a new draft has no errors');
    assert.ok(
      before.every((p) => p.field === 'placeholder'),
      before.map(formatProblem).join('\n'),
    );

    fillBody(path);
    assert.deepEqual(problemsIn(dir).map(formatProblem), []);
    writeFileSync(path, readFileSync(path, 'utf8').replace('status: draft', 'status: published'));
    assert.deepEqual(problemsIn(dir).map(formatProblem), [], 'and it can be published as it is');
  });
}

test('a new briefing has the seven sections in order as generated', () => {
  const dir = copyFixture();
  assert.equal(runNew(dir, ['briefing', 'Safe sleep', '--owner', 'learning-and-development']).status, 0);
  assert.deepEqual(
    problemsIn(dir).filter((p) => p.field === 'briefing sections'),
    [],
  );
});

test('without --summary the summary is a placeholder the checker reports', () => {
  const dir = copyFixture();
  assert.equal(runNew(dir, ['procedure', 'Children missing education', '--owner', 'policy-and-procedures']).status, 0);
  const path = join(dir, 'procedures/children-missing-education.mdx');
  fillBody(path);
  writeFileSync(path, readFileSync(path, 'utf8').replace('status: draft', 'status: published'));
  assert.deepEqual(
    problemsIn(dir).map((p) => `${p.line}: ${p.field}: ${p.severity}`),
    ['3: summary: error'],
  );
});

// Exit code 1 when the content stands in the way; 2 when the command itself is written wrongly (scripts/lib/cli.ts).
const refusals: [name: string, args: string[], message: RegExp, status: 1 | 2][] = [
  [
    'an existing file',
    ['procedure', 'Fixture procedure', '--owner', 'policy-and-procedures', '--id', 'fixture-procedure'],
    /procedures\/fixture-procedure\.mdx already exists/,
    1,
  ],
  [
    "an address in another document's redirectFrom",
    ['procedure', 'Old fixture procedure', '--owner', 'policy-and-procedures'],
    /\/procedures\/old-fixture-procedure\/ is a former address of .*fixture-procedure\.mdx/,
    1,
  ],
  [
    'a title another document has',
    ['briefing', 'Fixture PROCEDURE', '--owner', 'learning-and-development'],
    /already has the title "Fixture procedure"/,
    1,
  ],
  ['an unknown owner', ['procedure', 'New one', '--owner', 'policy'], /"policy" is not a subgroup: use one of .*policy-and-procedures/, 2],
  ['a missing owner', ['procedure', 'New one'], /say which subgroup owns the document/, 2],
  ['an unknown kind', ['leaflet', 'New one', '--owner', 'policy-and-procedures'], /"leaflet" is not a kind of document/, 2],
  [
    'a report without a partnership when the owner serves two',
    ['report', 'New report', '--owner', 'policy-and-procedures'],
    /--partnership followed by leicester or leicestershire-rutland/,
    2,
  ],
  [
    'a period the schema refuses',
    ['report', 'New report', '--owner', 'leicester-board', '--period', '2025'],
    /period: must be a year such as "2021\/22"/,
    2,
  ],
  [
    'an unknown option',
    ['procedure', 'New one', '--owner', 'policy-and-procedures', '--colour', 'red'],
    /Unknown option '--colour'[\s\S]*Usage: npm run new/,
    2,
  ],
  ['a title not in quotes', ['procedure', 'New', 'one', '--owner', 'policy-and-procedures'], /only one title is expected/, 2],
];

for (const [name, args, message, expectedStatus] of refusals) {
  test(`npm run new refuses ${name}, with a clear message, and writes nothing`, () => {
    const dir = copyFixture();
    const before = readContent(repoRoot, dir).documents.length;
    const { status, output } = runNew(dir, args);
    assert.equal(status, expectedStatus, output);
    assert.match(output, message);
    assert.equal(readContent(repoRoot, dir).documents.length, before);
  });
}

test("the scaffolder fills every field each collection's schema requires", () => {
  for (const collection of DOCUMENT_COLLECTIONS) {
    const data = scaffoldFrontmatter({
      collection,
      title: 'T',
      owner: { id: 'o', serves: ['leicester'], reviewCycleMonths: 12 },
      today: TODAY,
      partnership: 'leicester',
    });
    for (const [field, schema] of Object.entries(documentSchemas[collection].shape)) {
      if (!(schema as { safeParse(v: unknown): { success: boolean } }).safeParse(undefined).success)
        assert.ok(field in data, `${collection}: ${field}`);
    }
    assert.doesNotThrow(() =>
      scaffold({
        collection,
        title: 'T',
        owner: { id: 'o', serves: ['leicester'], reviewCycleMonths: 12 },
        today: TODAY,
        partnership: 'leicester',
      }),
    );
  }
});

test('file names from titles, and the reporting year', () => {
  assert.equal(slugify('Children & young people: "Missing" education'), 'children-and-young-people-missing-education');
  assert.equal(slugify('Café 2025/26'), 'cafe-2025-26');
  assert.equal(lastReportingYear('2026-11-23'), '2025/26');
  assert.equal(lastReportingYear('2026-03-31'), '2024/25');
});
