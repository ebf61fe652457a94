/**
 * `npm run docs:fields`: rewrites CONTRIBUTING.md's frontmatter field tables from the schemas
 * (scripts/lib/field-tables.ts). `npm run docs:fields -- --check` changes nothing and exits 1
 * when the guide is out of step with the schemas; 2 is a usage error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EXIT_PROBLEMS, EXIT_SUCCESS, fail, readCommandLine } from './lib/cli.ts';
import { withFieldTables } from './lib/field-tables.ts';

export const GUIDE_PATH = 'CONTRIBUTING.md';

const USAGE = `Usage: npm run docs:fields [-- --check]

Rewrites the frontmatter field tables in ${GUIDE_PATH} from the field descriptions in
src/lib/content/schema.ts.

  --check   change nothing; exit 1 if ${GUIDE_PATH} is out of step with the schemas
  --help    show this help`;

if (import.meta.main) {
  const command = { name: 'npm run docs:fields', usage: USAGE };
  const { check } = readCommandLine({ ...command, options: { check: { type: 'boolean', default: false } } }).values;
  const path = join(resolve(import.meta.dirname, '..'), GUIDE_PATH);
  const current = readFileSync(path, 'utf8');
  let expected: string;
  try {
    expected = withFieldTables(current);
  } catch (error) {
    fail(command, (error as Error).message);
  }
  if (check) {
    if (current === expected) {
      console.log(`${GUIDE_PATH}'s field tables are up to date.`);
      process.exit(EXIT_SUCCESS);
    }
    console.error(
      `${GUIDE_PATH}'s field tables are out of step with src/lib/content/schema.ts: run \`npm run docs:fields\` and commit the result.`,
    );
    process.exit(EXIT_PROBLEMS);
  }
  writeFileSync(path, expected);
  console.log(`Wrote the field tables in ${GUIDE_PATH}${current === expected ? ' (no changes)' : ''}.`);
}
