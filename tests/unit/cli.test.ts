/**
 * Every command in scripts/ reads its arguments through scripts/lib/cli.ts, so each says no to a
 * mistake the same way: exit code 2, the mistake and the usage on stderr, nothing on stdout; and
 * `--help` prints the usage and exits 0. (`npm test`, `npm run bench` and the test server are left
 * out: a mistake in their handling would run the whole suite, a benchmark or a server that never
 * stops, from inside the suite.)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { availableParallelism } from 'node:os';
import { validFixture } from '../helpers/fixture.ts';
import { runScript } from '../helpers/run-script.ts';

const COMMANDS: [script: string, usage: string][] = [
  ['scripts/check.ts', 'Usage: npm run check'],
  ['scripts/check-addresses.ts', 'Usage: npm run check:addresses'],
  ['scripts/new.ts', 'Usage: npm run new'],
  ['scripts/reviews.ts', 'Usage: npm run reviews'],
  ['scripts/codeowners.ts', 'Usage: npm run codeowners'],
  ['scripts/check-originality.ts', 'Usage: npm run originality'],
  ['scripts/search-size.ts', 'Usage: npm run search:size'],
];

// The fixture, so that nothing here could touch the repository's own content.
const run = (script: string, args: string[]) => runScript(script, args, { CONTENT_DIR: validFixture });

describe('every command', { concurrency: availableParallelism() }, () => {
  for (const [script, usage] of COMMANDS) {
    test(`${script}: an unknown option exits 2 with the usage; --help exits 0`, async () => {
      const [unknown, help] = await Promise.all([run(script, ['--no-such-option']), run(script, ['--help'])]);
      assert.equal(unknown.status, 2, unknown.stderr);
      assert.match(unknown.stderr, /: Unknown option '--no-such-option'\n\nUsage: /);
      assert.ok(unknown.stderr.includes(usage), unknown.stderr);
      assert.equal(unknown.stdout, '');
      assert.equal(help.status, 0, help.stderr);
      assert.ok(help.stdout.startsWith(usage), help.stdout);
    });
  }

  test('an argument a command does not take, or a bad one, exits 2 too', async () => {
    const cases: [script: string, args: string[], message: RegExp][] = [
      ['scripts/check.ts', ['one-folder', 'another'], /Unexpected argument 'another'/],
      ['scripts/reviews.ts', ['--format'], /Option '--format <value>' argument missing/],
      ['scripts/check-originality.ts', ['content/no-such-file.mdx'], /there is no file or folder content\/no-such-file\.mdx/],
    ];
    const results = await Promise.all(cases.map(([script, args]) => run(script, args)));
    for (const [i, [script, args, message]] of cases.entries()) {
      assert.equal(results[i]!.status, 2, `${script} ${args.join(' ')}: ${results[i]!.stderr}`);
      assert.match(results[i]!.stderr, message);
    }
  });
});
