/**
 * `npm run check`: validates everything in content/ without building the site, and prints every
 * problem as `file:line: field: message`. Exits 1 when there is any error, 0 with warnings only.
 *
 * `npm run check -- --base REF` (pull requests, with the branch they merge into) also knows which
 * documents the change creates, so that a new document whose review date has already passed is
 * an error rather than a warning. The base is compared where the branch left it (git merge-base);
 * see scripts/git-base.ts. An optional first argument names another project folder.
 *
 * It also prints each collection's reading grade (Flesch-Kincaid, src/lib/content/reading-grade.ts) as
 * information, never as a problem; `npm run check -- --grades` lists every document's grade.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../src/lib/content/files.ts';
import { contentDir } from '../src/lib/content/dir.ts';
import { documentAtPath } from '../src/lib/content/address-guard.ts';
import { formatProblem, validateContent } from '../src/lib/content/validate.ts';
import { documentGrades, gradeReport } from '../src/lib/content/reading-grade.ts';
import { today } from '../src/lib/dates.ts';
import { contentInRepository, filesAt, findForkPoint } from './git-base.ts';

function fail(message: string): never {
  console.error(`npm run check: ${message}\n\nUsage: npm run check [-- --base <git ref>] [--grades]`);
  process.exit(2);
}

function options(): { base?: string | undefined; root?: string | undefined; grades: boolean } {
  try {
    const { values, positionals } = parseArgs({ options: { base: { type: 'string' }, grades: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
    return { base: values.base, root: positionals[0], grades: values.grades };
  } catch (error) {
    fail((error as Error).message.split('. ')[0]!);
  }
}
const { base, root: askedRoot, grades } = options();
const root = resolve(askedRoot ?? resolve(import.meta.dirname, '..'));
const tree = readContent(root);

/** The document files the change creates: those the base's fork point does not have. */
function newFiles(against: string): Set<string> {
  const located = contentInRepository(contentDir(root));
  if ('error' in located) fail(located.error);
  const found = findForkPoint(located.top, against);
  if ('error' in found) fail(found.error);
  const files = filesAt(located.top, found.forkPoint, located.prefix);
  if ('error' in files) fail(files.error);
  // Compared by document (collection and file name), not by path: the repository's top is a real
  // path and the project folder may not be (a symbolic link, macOS's /var in /private/var).
  const key = (doc: { collection: string; id: string }) => `${doc.collection}/${doc.id}`;
  const atBase = new Set(files.flatMap((entry) => {
    const doc = documentAtPath(entry.path, located.prefix);
    return doc ? [key(doc)] : [];
  }));
  return new Set(tree.documents.filter((doc) => !atBase.has(key(doc))).map((doc) => doc.file));
}

const created = base !== undefined ? newFiles(base) : undefined;
const { problems, documents } = validateContent(tree, { today: today(), ...(created ? { newFiles: created } : {}) });
// Information first, so that the problems and the count end the output, where editors look.
console.log(gradeReport(documentGrades(tree.documents), grades).join('\n'));
if (problems.length) console.log('');
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const news = created ? `, ${created.size} new since ${base}` : '';
console.log(`\n${documents.size} documents checked${news}: ${errors} error(s), ${warnings} warning(s).`);
process.exit(errors ? 1 : 0);
