/** `npm run reviews` run as a process against the fixture content, as CI and editors run it. */
import { describe, test } from 'node:test';
import { availableParallelism } from 'node:os';
import assert from 'node:assert/strict';
import { copyFixture, edit, validFixture } from '../helpers/fixture.ts';
import { runScript, type ScriptResult } from '../helpers/run-script.ts';

// Every published fixture document is due for review on 2028-01-10; the draft is too, but is not published.
const BEFORE_ALL_DUE = '2026-06-01';
const WITHIN_60_DAYS = '2027-12-01';
const AFTER_DUE = '2028-02-01';
const PUBLISHED = [
  'arrangements/fixture-arrangements.mdx',
  'briefings/fixture-briefing.mdx',
  'procedures/fixture-procedure.mdx',
  'reports/fixture-report.mdx',
  'thresholds/fixture-thresholds.mdx',
];

/** Runs the CLI without blocking, so the cases below can run side by side. */
function reviews(args: string[], env: Record<string, string> = {}, content = validFixture): Promise<ScriptResult> {
  return runScript('scripts/reviews.ts', args, { CONTENT_DIR: content, REVIEW_DUE_SOON_DAYS: '', ...env });
}

/** A minimal RFC 4180 reader, to check the CSV the way a spreadsheet would read it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// Each case starts its own processes; run as many cases at once as there are cores.
describe('npm run reviews', { concurrency: availableParallelism() }, () => {
  test('--fail-on overdue exits 1 naming every overdue published document, and not the draft', async () => {
    const { status, stdout, stderr } = await reviews(['--fail-on', 'overdue'], { SITE_TODAY: AFTER_DUE });
    assert.equal(status, 1, stderr);
    assert.match(stderr, /5 published documents are overdue for review/);
    for (const file of PUBLISHED) assert.ok(stderr.includes(file), `${file} is named`);
    assert.doesNotMatch(stderr + stdout, /fixture-draft/);
    assert.match(stdout, /Overdue: 5 {3}Due soon: 0 {3}In date: 0/);
  });

  test('--fail-on overdue exits 0 when nothing is overdue; --fail-on due-soon also fails on documents due soon', async () => {
    assert.equal((await reviews(['--fail-on', 'overdue'], { SITE_TODAY: BEFORE_ALL_DUE })).status, 0);
    assert.equal((await reviews(['--fail-on', 'overdue'], { SITE_TODAY: WITHIN_60_DAYS })).status, 0);
    const soon = await reviews(['--fail-on', 'due-soon'], { SITE_TODAY: WITHIN_60_DAYS });
    assert.equal(soon.status, 1);
    assert.match(soon.stderr, /5 published documents are overdue or due for review within 60 days/);
    assert.equal((await reviews(['--fail-on', 'due-soon'], { SITE_TODAY: BEFORE_ALL_DUE })).status, 0);
  });

  test('REVIEW_DUE_SOON_DAYS widens or narrows the window', async () => {
    const narrow = JSON.parse((await reviews(['--format', 'json'], { SITE_TODAY: WITHIN_60_DAYS, REVIEW_DUE_SOON_DAYS: '30' })).stdout);
    assert.equal(narrow.dueSoonDays, 30);
    assert.deepEqual(narrow.totals, { overdue: 0, 'due-soon': 0, current: 5 });
    assert.equal((await reviews([], { REVIEW_DUE_SOON_DAYS: 'soon' })).status, 2);
  });

  test('--format json lists each published document with its status, dates, owner and file', async () => {
    const { status, stdout } = await reviews(['--format', 'json'], { SITE_TODAY: WITHIN_60_DAYS });
    assert.equal(status, 0);
    const report = JSON.parse(stdout);
    assert.equal(report.today, WITHIN_60_DAYS);
    assert.deepEqual(report.totals, { overdue: 0, 'due-soon': 5, current: 0 });
    assert.deepEqual(report.documents.map((d: { file: string }) => d.file.replace(/^.*content-valid\//, '')).sort(), PUBLISHED);
    const procedure = report.documents.find((d: { address: string }) => d.address === '/procedures/fixture-procedure/');
    assert.deepEqual(
      { ...procedure, file: undefined },
      {
        owner: 'policy-and-procedures',
        ownerName: 'Policy and Procedures Group',
        status: 'due-soon',
        nextReviewDue: '2028-01-10',
        lastReviewed: '2026-01-10',
        daysLeft: 40,
        type: 'Procedure',
        title: 'Fixture procedure',
        address: '/procedures/fixture-procedure/',
        file: undefined,
      },
    );
  });

  test('--format csv has a header row and one quoted-where-needed row per document', async () => {
    const content = copyFixture();
    edit(content, 'procedures/fixture-procedure.mdx', 'title: Fixture procedure', `title: 'Fixture procedure, "with" a comma'`);
    const { status, stdout } = await reviews(['--format', 'csv'], { SITE_TODAY: AFTER_DUE }, content);
    assert.equal(status, 0);
    const [header, ...rows] = parseCsv(stdout);
    assert.deepEqual(header, [
      'owner',
      'owner_name',
      'status',
      'next_review_due',
      'last_reviewed',
      'days_left',
      'type',
      'title',
      'address',
      'file',
    ]);
    assert.equal(rows.length, PUBLISHED.length);
    for (const row of rows) assert.equal(row.length, header!.length);
    const procedure = rows.find((r) => r[8] === '/procedures/fixture-procedure/')!;
    assert.equal(procedure[7], 'Fixture procedure, "with" a comma');
    assert.equal(procedure[2], 'overdue');
    assert.equal(procedure[5], '-22');
  });

  test("--owner keeps only that subgroup's documents, and can be repeated", async () => {
    const one = JSON.parse((await reviews(['--format', 'json', '--owner', 'policy-and-procedures'], { SITE_TODAY: AFTER_DUE })).stdout);
    assert.deepEqual(one.documents.map((d: { address: string }) => d.address).sort(), [
      '/procedures/fixture-procedure/',
      '/thresholds/fixture-thresholds/',
    ]);
    assert.equal(one.totals.overdue, 2);
    const two = JSON.parse(
      (await reviews(['--format', 'json', '--owner', 'policy-and-procedures', '--owner', 'leicester-board'], { SITE_TODAY: AFTER_DUE }))
        .stdout,
    );
    assert.equal(two.documents.length, 4);
    const filtered = await reviews(['--owner', 'learning-and-development', '--fail-on', 'overdue'], { SITE_TODAY: AFTER_DUE });
    assert.equal(filtered.status, 1);
    assert.match(filtered.stderr, /1 published document is overdue/);
    assert.equal(
      (await reviews(['--owner', 'planning-and-delivery', '--fail-on', 'overdue'], { SITE_TODAY: AFTER_DUE })).status,
      0,
      'an owner with no documents has nothing overdue',
    );
  });

  test('the table groups documents under their owner, with the totals first', async () => {
    const { status, stdout } = await reviews([], { SITE_TODAY: AFTER_DUE });
    assert.equal(status, 0);
    const lines = stdout.split('\n');
    assert.match(lines[0]!, /Document reviews on 2028-02-01/);
    assert.match(lines[1]!, /^Overdue: 5/);
    const policy = lines.indexOf('Policy and Procedures Group (policy-and-procedures)');
    assert.ok(policy > 0);
    assert.match(lines.slice(policy).join('\n'), /Overdue for review {2}2028-01-10 {2}22 days overdue {2}Fixture procedure/);
  });

  test('mistakes in the command exit 2 with a clear message and the usage', async () => {
    const cases: [string[], RegExp][] = [
      [['--fromat', 'json'], /Unknown option '--fromat'/],
      [['--format', 'xml'], /unknown format "xml": use table, json, csv/],
      [['--owner', 'no-such-group'], /unknown owner "no-such-group": use a subgroup id, one of .*policy-and-procedures/],
      [['--fail-on', 'late'], /--fail-on "late" is not known: use overdue or due-soon/],
      [['overdue'], /Unexpected argument 'overdue'/],
    ];
    const results = await Promise.all(cases.map(([args]) => reviews(args, { SITE_TODAY: AFTER_DUE })));
    for (const [i, [args, message]] of cases.entries()) {
      const { status, stderr, stdout } = results[i]!;
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, message);
      assert.match(stderr, /Usage: npm run reviews/);
      assert.equal(stdout, '');
    }
    const badDate = await reviews([], { SITE_TODAY: '2028-02-30' });
    assert.equal(badDate.status, 2);
    assert.match(badDate.stderr, /SITE_TODAY must be a real date/);
  });

  test('--help prints the usage and exits 0', async () => {
    const { status, stdout } = await reviews(['--help']);
    assert.equal(status, 0);
    assert.match(stdout, /--fail-on overdue/);
  });
});
