/**
 * `npm run check`: validates everything in content/ without building the site, and prints every
 * problem as `file:line: field: message`. Exits 1 when there is any error, 0 with warnings only.
 *
 * `npm run check -- --base REF` (pull requests, with the branch they merge into) also knows which
 * documents the change creates, so that a new document whose review date has already passed is
 * an error rather than a warning. The base is compared where the branch left it (git merge-base);
 * see scripts/git-base.ts. An optional first argument names another project folder.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../src/lib/content-files.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { formatProblem, validateContent } from '../src/lib/content-rules.ts';
import { today } from '../src/lib/dates.ts';
import { contentInRepository, findForkPoint, git } from './git-base.ts';

function fail(message: string): never {
  console.error(`npm run check: ${message}\n\nUsage: npm run check [-- --base <git ref>]`);
  process.exit(2);
}

let args: ReturnType<typeof parseArgs<{ options: { base: { type: 'string' } }; allowPositionals: true }>>;
try {
  args = parseArgs({ options: { base: { type: 'string' } }, allowPositionals: true, strict: true });
} catch (error) {
  fail((error as Error).message.split('. ')[0]!);
}
const root = resolve(args.positionals[0] ?? resolve(import.meta.dirname, '..'));
const tree = readContent(root);

/** The document files the change creates: those the base's fork point does not have. */
function newFiles(base: string): Set<string> {
  const located = contentInRepository(contentDir(root));
  if ('error' in located) fail(located.error);
  const found = findForkPoint(located.top, base);
  if ('error' in found) fail(found.error);
  const listing = git(located.top, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', found.forkPoint, ...(located.prefix ? ['--', `:(literal)${located.prefix}`] : [])]);
  if (!listing.ok) fail(`git ls-tree failed: ${listing.stderr}`);
  const atBase = new Set(listing.stdout.toString('utf8').split('\0').filter(Boolean));
  const fromTop = (file: string) => relative(located.top, isAbsolute(file) ? file : resolve(root, file)).split(sep).join('/');
  return new Set(tree.documents.map((doc) => doc.file).filter((file) => !atBase.has(fromTop(file))));
}

const created = args.values.base !== undefined ? newFiles(args.values.base) : undefined;
const { problems, documents } = validateContent(tree, { today: today(), ...(created ? { newFiles: created } : {}) });
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const news = created ? `, ${created.size} new since ${args.values.base}` : '';
console.log(`\n${documents.size} documents checked${news}: ${errors} error(s), ${warnings} warning(s).`);
process.exit(errors ? 1 : 0);
