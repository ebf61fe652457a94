import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { copyFixture, edit } from '../helpers/fixture.ts';

const PROCEDURE = 'procedures/fixture-procedure.mdx';

const cases: [name: string, from: string | RegExp, to: string, expected: RegExp][] = [
  [
    'an unknown owner',
    'owner: policy-and-procedures',
    'owner: no-such-group',
    /fixture-procedure\.mdx:\d+: owner: "no-such-group" is not a subgroup/,
  ],
  ['a missing title', /^title: .*\n/m, '', /fixture-procedure\.mdx:\d+: title: is missing/],
  [
    'nextReviewDue before lastReviewed',
    'nextReviewDue: 2028-01-10',
    'nextReviewDue: 2025-01-10',
    /fixture-procedure\.mdx:\d+: nextReviewDue: must be after lastReviewed/,
  ],
];

for (const [name, from, to, expected] of cases) {
  test(`the build fails on ${name}, naming the file and the field, and writes no site`, () => {
    const dir = copyFixture();
    edit(dir, PROCEDURE, from, to);
    const { status, output, outDir } = buildSite(dir);
    assert.notEqual(status, 0, 'the build should fail');
    assert.match(output, expected);
    assert.equal(existsSync(join(outDir, 'index.html')), false, 'no page should be written');
  });
}
