/**
 * `npm test`: every test, in the order that fails fastest. Unit tests and the content checks
 * take seconds; the type check, the build and the browser tests take longer.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const steps: [label: string, command: string, args: string[]][] = [
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

const only = process.argv.slice(2);
for (const [label, command, args] of steps) {
  if (only.length && !only.some((word) => label.includes(word))) continue;
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  console.log(`=== ${label}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
