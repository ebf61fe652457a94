/**
 * `npm run check`: validates everything in content/ without building the site, and prints every
 * problem as `file:line: field: message`. Exits 1 when there is any error, 0 with warnings only,
 * 2 when the command is written wrongly or git cannot find the base (scripts/lib/cli.ts).
 *
 * `npm run check -- --base REF` (pull requests, with the branch they merge into) also knows which
 * documents the change creates, so that a new document whose review date has already passed is
 * an error rather than a warning. The base is compared where the branch left it (git merge-base);
 * see scripts/lib/git-base.ts. An optional first argument names another project folder.
 *
 * Run by GitHub Actions (GITHUB_ACTIONS=true), it also prints each problem as a workflow command,
 * which GitHub shows on that line of the pull request's changed files (githubAnnotation).
 *
 * It also prints each collection's reading grade (Flesch-Kincaid, scripts/lib/reading-grade.ts) as
 * information, never as a problem; `npm run check -- --grades` lists every document's grade.
 */
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content/files.ts';
import { contentDir } from '../src/lib/content/dir.ts';
import { documentAtPath } from './lib/address-guard.ts';
import { formatProblem, githubAnnotation } from '../src/lib/content/problems.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { documentGrades, gradeReport } from './lib/reading-grade.ts';
import { today } from '../src/lib/dates.ts';
import { EXIT_PROBLEMS, EXIT_SUCCESS, readCommandLine, usageError } from './lib/cli.ts';
import { contentInRepository, filesAt, findForkPoint } from './lib/git-base.ts';

const USAGE = `Usage: npm run check [-- [<project folder>] [--base <git ref>] [--grades]]

Checks everything in the content folder and lists each problem as file:line: field: message.

  --base <git ref>   the branch a pull request merges into: documents it lacks are new, and a new
                     document whose review date has passed is an error rather than a warning
  --grades           list every document's reading grade, not only each collection's
  --help             show this help

Exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage error or unknown base.`;

const COMMAND = { name: 'npm run check', usage: USAGE };
const { values, positionals } = readCommandLine({
  ...COMMAND,
  options: { base: { type: 'string' }, grades: { type: 'boolean', default: false } },
  positionals: 1,
});
const { base, grades } = values;
const root = resolve(positionals[0] ?? resolve(import.meta.dirname, '..'));
const tree = readContent(root);

/** The document files the change creates: those the base's fork point does not have. */
function newFiles(against: string): Set<string> {
  const located = contentInRepository(contentDir(root));
  if ('error' in located) usageError(COMMAND, located.error);
  const found = findForkPoint(located.top, against);
  if ('error' in found) usageError(COMMAND, found.error);
  const files = filesAt(located.top, found.forkPoint, located.prefix);
  if ('error' in files) usageError(COMMAND, files.error);
  // Compared by document (collection and file name), not by path: the repository's top is a real
  // path and the project folder may not be (a symbolic link, macOS's /var in /private/var).
  const key = (doc: { collection: string; id: string }) => `${doc.collection}/${doc.id}`;
  const atBase = new Set(
    files.flatMap((entry) => {
      const doc = documentAtPath(entry.path, located.prefix);
      return doc ? [key(doc)] : [];
    }),
  );
  return new Set(tree.documents.filter((doc) => !atBase.has(key(doc))).map((doc) => doc.file));
}

const created = base !== undefined ? newFiles(base) : undefined;
const { problems, documents } = validateContent(tree, { today: today(), ...(created ? { newFiles: created } : {}) });
// Information first, so that the problems and the count end the output, where editors look.
console.log(gradeReport(documentGrades(tree.documents), grades).join('\n'));
if (problems.length) console.log('');
for (const problem of problems) console.log(formatProblem(problem));
// In GitHub Actions, each problem also becomes an annotation on its line of the pull request.
// GitHub shows only the first few of each kind per step; the lines above always list them all.
if (process.env.GITHUB_ACTIONS === 'true') for (const problem of problems) console.log(githubAnnotation(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const news = created ? `, ${created.size} new since ${base}` : '';
console.log(`\n${documents.size} documents checked${news}: ${errors} error(s), ${warnings} warning(s).`);
process.exit(errors ? EXIT_PROBLEMS : EXIT_SUCCESS);
