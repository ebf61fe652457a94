/**
 * `npm run codeowners`: writes .github/CODEOWNERS from the subgroups' code-review teams and each
 * document's owner (scripts/lib/codeowners.ts). `npm run codeowners -- --check` changes nothing and
 * exits 1 when the committed file is out of step with the content, for CI; 2 is a usage error.
 *
 * Always reads the repository's own content/ folder, never CONTENT_DIR: CODEOWNERS describes the
 * files in this repository, whatever other content a build is pointed at.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readContent } from '../src/lib/content/files.ts';
import { EXIT_PROBLEMS, EXIT_SUCCESS, readCommandLine } from './lib/cli.ts';
import { codeownersFile, codeownersInput } from './lib/codeowners.ts';

/** Owns the whole content folder, and any document whose subgroup names no code-review team. */
export const DEFAULT_TEAM = '@llr-safeguarding/maintainers';
export const CODEOWNERS_PATH = '.github/CODEOWNERS';

export function expectedCodeowners(root: string): string {
  return codeownersFile(codeownersInput(readContent(root, join(root, 'content')), 'content', DEFAULT_TEAM));
}

const USAGE = `Usage: npm run codeowners [-- --check]

Writes ${CODEOWNERS_PATH} from each subgroup's codeReviewTeam and each document's owner.

  --check   change nothing; exit 1 if the committed file is out of step with the content
  --help    show this help`;

if (import.meta.main) {
  const { check } = readCommandLine({
    name: 'npm run codeowners',
    usage: USAGE,
    options: { check: { type: 'boolean', default: false } },
  }).values;
  const root = resolve(import.meta.dirname, '..');
  const path = join(root, CODEOWNERS_PATH);
  const expected = expectedCodeowners(root);
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (check) {
    if (current === expected) {
      console.log(`${CODEOWNERS_PATH} is up to date.`);
      process.exit(EXIT_SUCCESS);
    }
    const rules = (text: string) => new Set(text.split('\n').filter((line) => line && !line.startsWith('#')));
    const have = rules(current ?? '');
    const want = rules(expected);
    const missing = [...want].filter((line) => !have.has(line));
    const extra = [...have].filter((line) => !want.has(line));
    console.error(
      `${CODEOWNERS_PATH} is ${current === null ? 'missing' : 'out of date with the content'}: run \`npm run codeowners\` and commit the result.`,
    );
    for (const line of missing) console.error(`  missing: ${line}`);
    for (const line of extra) console.error(`  no longer wanted: ${line}`);
    process.exit(EXIT_PROBLEMS);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, expected);
  console.log(`Wrote ${CODEOWNERS_PATH}${current === expected ? ' (no changes)' : ''}.`);
}
