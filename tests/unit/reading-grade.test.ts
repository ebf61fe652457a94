/**
 * The reading grade (Flesch-Kincaid) that `npm run check` reports, the Markdown it ignores, the
 * section extractor, and the one grade the manual is held to: each arrangements page opens with
 * a "## At a glance" section that reads at grade 9 or below.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readContent } from '../../src/lib/content/files.ts';
import {
  documentGrades,
  firstLineOf,
  gradeReport,
  proseOf,
  readingGrade,
  readingStats,
  sectionByHeading,
} from '../../scripts/lib/reading-grade.ts';
import { repoRoot, validFixture } from '../helpers/fixture.ts';

/* ------------------------------------------------------------ the formula on known sentences */

test('a sentence of one-syllable words: 0.39 x 6 + 11.8 x 1 - 15.59 = -1.45', () => {
  assert.deepEqual(readingStats('The cat sat on the mat.'), { words: 6, sentences: 1, syllables: 6, grade: -1.4 });
});

test('a plain instruction reads at about grade 3', () => {
  // If(1) you(1) think(1) a(1) child(1) is(1) in(1) dan-ger(2) call(1) the(1) po-lice(2) now(1):
  // 12 words, 14 syllables, 1 sentence: 0.39 x 12 + 11.8 x 14/12 - 15.59 = 2.86.
  assert.deepEqual(readingStats('If you think a child is in danger, call the police now.'), {
    words: 12,
    sentences: 1,
    syllables: 14,
    grade: 2.9,
  });
});

test('long words in a long sentence read at a far higher grade', () => {
  // prac-ti-tion-ers(4) should(1) de-ter-mine(3) the(1) ap-pro-pri-ate(4) and(1) pro-por-tion-ate(5)
  // in-ter-ven-tion(4) in(1) the(1) cir-cum-stan-ces(4): 11 words, 29 syllables: 0.39 x 11 + 11.8 x 29/11 - 15.59 = 19.81.
  const text = 'Practitioners should determine the appropriate and proportionate intervention in the circumstances.';
  assert.deepEqual(readingStats(text), { words: 11, sentences: 1, syllables: 29, grade: 19.8 });
});

test('more sentences over the same words lower the grade', () => {
  const one = 'Call the police if a child is in danger and tell your manager on the same day.';
  const two = 'Call the police if a child is in danger. Tell your manager on the same day.';
  assert.ok(readingGrade(two)! < readingGrade(one)!, `${readingGrade(two)} < ${readingGrade(one)}`);
  assert.equal(readingStats(two).sentences, 2);
});

test('full stops inside abbreviations, numbers and addresses do not end a sentence', () => {
  assert.equal(readingStats('Share it, e.g. with the school. Read section 4.2 on gov.uk today.').sentences, 2);
  assert.equal(readingStats('Wait! Is the child safe? Yes.').sentences, 3);
});

test('text with no words has no grade', () => {
  assert.equal(readingGrade(''), null);
  assert.equal(readingGrade('---\ntitle: Only frontmatter\n---\n\n| --- | --- |\n'), null);
});

/* ------------------------------------------------------------ Markdown is not prose */

test('Markdown syntax is taken out: frontmatter, heading and list markers, pipes, link addresses, emphasis', () => {
  const markdown = [
    '---',
    'title: A page',
    'summary: Not part of the prose.',
    '---',
    '',
    '## What to do',
    '',
    '1. **Call 999** if the child is in [immediate danger](/procedures/making-a-referral/#when-to-call-999).',
    '- Tell the [NSPCC](https://www.nspcc.org.uk/keeping-children-safe/reporting-abuse/) _today_',
    '',
    '| Who | When |',
    '| --- | ---- |',
    '| The lead | The same day |',
    '',
    '![A flowchart of the steps](/images/flowchart.png)',
    '',
    '```',
    'code is not prose',
    '```',
  ].join('\n');
  assert.equal(
    proseOf(markdown),
    'What to do. Call 999 if the child is in immediate danger. Tell the NSPCC today. Who. When. The lead. The same day.',
  );
  assert.equal(
    readingGrade(markdown),
    readingGrade('What to do. Call 999 if the child is in immediate danger. Tell the NSPCC today. Who. When. The lead. The same day.'),
  );
});

test('a paragraph written over several lines is one block; a colon before a list ends a sentence', () => {
  assert.equal(proseOf('The steps are\nset out below:\n\n- first\n- second'), 'The steps are set out below. first. second.');
});

/* ------------------------------------------------------------ sections by heading */

const PAGE = `---
title: Example
---

## At a glance

The short version.

### A detail

Still in the section.

\`\`\`
## Not a heading
\`\`\`

## At a glance, in full

The long version.

## Next

Other text.
`;

test('sectionByHeading returns the text under a heading, up to the next heading of its level or higher', () => {
  assert.equal(
    sectionByHeading(PAGE, '## At a glance'),
    'The short version.\n\n### A detail\n\nStill in the section.\n\n```\n## Not a heading\n```',
  );
  assert.equal(sectionByHeading(PAGE, '## Next'), 'Other text.');
  assert.equal(sectionByHeading(PAGE, '### A detail'), 'Still in the section.\n\n```\n## Not a heading\n```');
});

test('sectionByHeading matches the heading exactly, at its level only', () => {
  assert.equal(sectionByHeading(PAGE, '## At a Glance'), undefined);
  assert.equal(sectionByHeading(PAGE, '### At a glance'), undefined);
  assert.equal(sectionByHeading(PAGE, '## Not a heading'), undefined, 'a heading in code is not one');
  assert.throws(() => sectionByHeading(PAGE, 'At a glance'), /not a Markdown heading/);
});

test('firstLineOf gives the first line of the body after the frontmatter', () => {
  assert.equal(firstLineOf(PAGE), '## At a glance');
});

/* ------------------------------------------------------------ what npm run check prints */

test('the report has a line per collection, and with --grades one per document', () => {
  const grades = documentGrades(readContent(repoRoot, validFixture).documents);
  const summary = gradeReport(grades);
  assert.match(summary[0]!, /^Reading grade \(Flesch-Kincaid.*information only/);
  assert.ok(
    summary.some((line) => /^ {2}procedures: 2 document\(s\), median grade -?\d/.test(line)),
    summary.join('\n'),
  );
  assert.ok(!summary.some((line) => line.includes('fixture-procedure.mdx')));
  const each = gradeReport(grades, true);
  assert.ok(
    each.some((line) => /^ {4}.*procedures\/fixture-procedure\.mdx: -?\d/.test(line)),
    each.join('\n'),
  );
});

test('npm run check prints the grades as information: the valid fixture still has no problems', () => {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--grades'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: validFixture, SITE_TODAY: '2026-06-01' },
  });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /^ {2}briefings: 1 document\(s\), median grade/m);
  assert.match(result.stdout, /fixture-briefing\.mdx: -?\d/);
  assert.match(result.stdout, /0 error\(s\), 0 warning\(s\)\.\n$/);
});

/* ------------------------------------------------------------ the manual's arrangements */

test('each arrangements page opens with "## At a glance", which reads at grade 9 or below', () => {
  const arrangements = readContent(repoRoot).documents.filter((doc) => doc.collection === 'arrangements');
  assert.ok(arrangements.length >= 2, 'the Leicester and the Leicestershire and Rutland arrangements');
  for (const doc of arrangements) {
    assert.equal(firstLineOf(doc.body), '## At a glance', `${doc.file} should open with a section headed exactly "## At a glance"`);
    const section = sectionByHeading(doc.body, '## At a glance')!;
    const grade = readingGrade(section);
    assert.ok(grade !== null, `${doc.file}: "At a glance" has no text`);
    assert.ok(grade <= 9, `${doc.file}: "At a glance" reads at grade ${grade}; keep it at 9 or below (shorter sentences, shorter words)`);
  }
});
