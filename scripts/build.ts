/**
 * `npm run build`: builds the site into a staging folder next to the output folder, and swaps it
 * into place only when the whole build has succeeded (content gate, every page, search index).
 *
 * Why: `astro build` writes straight into its output folder, so a build that fails halfway would
 * leave a mix of new and old pages (or an empty folder) for a deploy step to publish. With the
 * swap, a failed build leaves the previous site exactly as it was, and a deploy only ever sees a
 * complete site. Arguments after `--` are passed to `astro build`, which judges them itself, so
 * this command reads none (scripts/lib/cli.ts): it exits 0 when the new site is in place, and 1
 * when the build failed, whatever astro's own exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT_PROBLEMS } from './lib/cli.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, process.env.OUT_DIR?.trim() || 'dist');
// Beside the target, so the swap is a rename within one file system, not a copy.
const staging = `${target}.staging`;
const previous = `${target}.previous`;

// Left over from a build that was interrupted: never part of a site.
rmSync(staging, { recursive: true, force: true });
rmSync(previous, { recursive: true, force: true });

const result = spawnSync('npx', ['astro', 'build', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging },
});

if (result.status !== 0 || !existsSync(join(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nThe build failed, so ${target} was left as it was: nothing half-built can be deployed.`);
  process.exit(EXIT_PROBLEMS);
}

if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
console.log(`\nThe new site is in ${target}.`);
