/**
 * `npm run check`: validates everything in content/ without building the site, and prints every
 * problem as `file:line: field: message`. Exits 1 when there is any error, 0 with warnings only.
 */
import { resolve } from 'node:path';
import { readContent } from '../src/lib/content-files.ts';
import { formatProblem, validateContent } from '../src/lib/content-rules.ts';
import { today } from '../src/lib/dates.ts';

const root = resolve(process.argv[2] ?? resolve(import.meta.dirname, '..'));
const { problems, documents } = validateContent(readContent(root), { today: today() });
for (const problem of problems) console.log(formatProblem(problem));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(`\n${documents.size} documents checked: ${errors} error(s), ${warnings} warning(s).`);
process.exit(errors ? 1 : 0);
