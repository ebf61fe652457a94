/**
 * `npm test`: every test, in the order that fails fastest. Unit tests and the content checks
 * take seconds; the type check, the build and the browser tests take longer.
 * `npm test -- <word>...` runs only the steps whose label has one of the words ("unit", "browser").
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { EXIT_PROBLEMS, readCommandLine, usageError } from './lib/cli.ts';

const root = resolve(import.meta.dirname, '..');
const steps: [label: string, command: string, args: string[]][] = [
  // Formatting and the linter first: they take seconds and name the file and line.
  ['formatting (Prettier)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['lint (ESLint)', 'npx', ['eslint', '.']],
  ['unit tests', 'node', ['--test', 'tests/unit/*.test.ts']],
  ['content check', 'node', ['scripts/check.ts']],
  ['originality against the seeds', 'node', ['scripts/check-originality.ts']],
  ['type check', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']],
  // npm run build: builds into a staging folder and swaps it into dist/ only on success.
  ['site build', 'node', ['scripts/build.ts']],
  // Every built page is valid HTML (.htmlvalidate.json: the standard rules, less two style rules).
  ['HTML validation', 'npx', ['html-validate', process.env.OUT_DIR ?? 'dist']],
  ['build tests (fixture sites)', 'node', ['--test', '--test-concurrency=1', 'tests/build/*.test.ts']],
  ['browser tests', 'npx', ['playwright', 'test']],
];

const USAGE = `Usage: npm test [-- <word>...]

Runs every test, in the order that fails fastest; with words, only the steps whose label has one:
${steps.map(([label]) => `  ${label}`).join('\n')}`;

const COMMAND = { name: 'npm test', usage: USAGE };
const { positionals: only } = readCommandLine({ ...COMMAND, options: {}, positionals: Infinity });
const unmatched = only.filter((word) => !steps.some(([label]) => label.includes(word)));
if (unmatched.length) usageError(COMMAND, `no step's label has ${unmatched.map((word) => `"${word}"`).join(' or ')}`);

for (const [label, command, args] of steps) {
  if (only.length && !only.some((word) => label.includes(word))) continue;
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  console.log(`=== ${label}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) process.exit(EXIT_PROBLEMS);
}
