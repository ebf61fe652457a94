/**
 * `npm run originality [-- <file or folder>...]`: lists every run of ten words that a content file
 * shares with the partnerships' published documents (the seeds), and exits 1 if there is any
 * (2 for a usage error, such as a file that does not exist).
 *
 * Seeds are read from SEEDS_DIR, or from ../shared/seeds beside the repository.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { EXIT_PROBLEMS, EXIT_SUCCESS, readCommandLine, usageError } from './lib/cli.ts';
import { copiedRuns, shingles, words } from './lib/originality.ts';

const RUN = 10;
const root = resolve(import.meta.dirname, '..');

const USAGE = `Usage: npm run originality [-- <file or folder>...]

Lists every run of ${RUN} words that the content (content/, or the files and folders named) shares
with the seed documents in SEEDS_DIR (default: ../shared/seeds beside the repository).
Exit codes: 0 nothing is copied, 1 some runs are, 2 usage error.`;

const COMMAND = { name: 'npm run originality', usage: USAGE };
const { positionals } = readCommandLine({ ...COMMAND, options: {}, positionals: Infinity });
const missing = positionals.find((target) => !existsSync(target));
if (missing !== undefined) usageError(COMMAND, `there is no file or folder ${missing}`);
const seedsDir = resolve(process.env.SEEDS_DIR ?? join(root, '..', 'shared', 'seeds'));

if (!existsSync(seedsDir)) {
  console.log(`originality: no seeds folder at ${seedsDir}; nothing to compare against.`);
  process.exit(EXIT_SUCCESS);
}

const seedRuns = new Set<string>();
for (const name of readdirSync(seedsDir)) {
  if (!name.endsWith('.txt')) continue;
  for (const run of shingles(words(readFileSync(join(seedsDir, name), 'utf8')), RUN)) seedRuns.add(run);
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(mdx|md|yaml|yml)$/.test(name)) yield path;
  }
}

let problems = 0;
const targets = positionals.length ? positionals : [join(root, 'content')];
for (const target of targets) {
  const list = statSync(target).isDirectory() ? [...files(target)] : [target];
  for (const file of list) {
    for (const run of copiedRuns(readFileSync(file, 'utf8'), seedRuns, RUN)) {
      problems++;
      console.log(`${relative(root, file)}: copied from the seeds: "${run}"`);
    }
  }
}
console.log(
  problems
    ? `originality: ${problems} copied run(s) of ${RUN} words; rewrite them in your own words.`
    : `originality: no run of ${RUN} words is copied from the seeds.`,
);
process.exit(problems ? EXIT_PROBLEMS : EXIT_SUCCESS);
