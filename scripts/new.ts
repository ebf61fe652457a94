/**
 * `npm run new -- <kind> "Title" --owner <subgroup>`: writes a new document, as a draft, from a
 * template with every required field filled in, today's date and the next review date from the
 * owning group's review cycle. Refuses an address that is taken and an owner that does not exist.
 *
 *   npm run new -- procedure "Children missing education" --owner policy-and-procedures
 *   npm run new -- briefing "Safe sleep" --owner learning-and-development --theme "Babies and infants" --source-review "Rapid review: Baby B"
 *   npm run new -- report "Leicester annual report 2025/26" --owner leicester-board --period 2025/26
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { CODEOWNERS_PATH, expectedCodeowners } from './codeowners.ts';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/dir.ts';
import { readContent, yamlFileId } from '../src/lib/content/files.ts';
import { today } from '../src/lib/dates.ts';
import { KINDS, scaffold, ScaffoldError, slugify } from '../src/lib/content/scaffold.ts';
import { subgroupSchema } from '../src/lib/content/schema.ts';

const USAGE = `Usage: npm run new -- <kind> "Title" --owner <subgroup> [options]

Kinds: procedure, briefing, report (annual report), arrangements, thresholds.

Options:
  --owner <id>            the subgroup that owns the document (a file name in content/subgroups/)
  --summary "..."         one or two sentences for lists and search (otherwise a placeholder)
  --id <file-name>        the file name and address, if not the one made from the title
  --theme "..."           briefings: the learning theme, such as "Neglect"
  --source-review "..."   briefings: the review or audit the learning comes from
  --partnership <id>      reports and arrangements: the partnership (defaults to the owner's, if it has one)
  --period 2025/26        reports: the year covered (defaults to the last April-to-March year)
  --endorsed-by "A, B"    arrangements: the organisations that signed them off
  --effective-date <date> arrangements: when they took effect (defaults to today)`;

/** Refuses with a message; the usage follows only when the command itself was written wrongly. */
function fail(message: string, showUsage = false): never {
  console.error(`npm run new: ${message}${showUsage ? `\n\n${USAGE}` : ''}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        owner: { type: 'string' },
        summary: { type: 'string' },
        id: { type: 'string' },
        theme: { type: 'string' },
        'source-review': { type: 'string' },
        partnership: { type: 'string' },
        period: { type: 'string' },
        'endorsed-by': { type: 'string' },
        'effective-date': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message, true);
  }
})();

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [kind, title, ...extra] = positionals;
if (!kind) fail('say what kind of document to create, such as procedure or briefing.', true);
const collection = KINDS[kind.toLowerCase()];
if (!collection) fail(`"${kind}" is not a kind of document: use procedure, briefing, report, arrangements or thresholds.`, true);
if (!title?.trim()) fail(`give the new ${kind}'s title in quotes, such as "Children missing education".`, true);
if (extra.length) fail(`only one title is expected; put a title with spaces in quotes ("${[title, ...extra].join(' ')}").`, true);

const root = resolve(import.meta.dirname, '..');
const dir = contentDir(root);
const content = readContent(root, dir);

const subgroups = new Map(content.data.subgroups.map((source) => [yamlFileId(source), source]));
if (!values.owner) fail(`say which subgroup owns the document: --owner followed by one of ${[...subgroups.keys()].join(', ')}.`, true);
const ownerSource = subgroups.get(values.owner);
if (!ownerSource) fail(`"${values.owner}" is not a subgroup: use one of ${[...subgroups.keys()].join(', ')} (the file names in content/subgroups/).`);
const owner = subgroupSchema.safeParse(ownerSource.value);
if (!owner.success) fail(`${ownerSource.file} has problems of its own: run npm run check and fix them first.`);

const id = values.id ?? slugify(title);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  fail(id ? `"${id}" cannot be a file name: use lower-case letters, numbers and single hyphens.` : `no file name can be made from "${title}": add --id with one, such as --id children-missing-education.`);
}
const address = `/${collection}/${id}/`;
const path = join(dir, collection, `${id}.mdx`);
const shown = relative(root, path);
if (existsSync(path)) fail(`${shown} already exists: edit it instead, or choose another title (or --id).`);
for (const doc of content.documents) {
  const data = doc.frontmatter.value as { title?: unknown; redirectFrom?: unknown } | undefined;
  if (Array.isArray(data?.redirectFrom) && data.redirectFrom.includes(address)) {
    fail(`${address} is a former address of ${doc.file}, so old links to it lead there: choose another title (or --id).`);
  }
  if (typeof data?.title === 'string' && data.title.trim().toLowerCase() === title.trim().toLowerCase()) {
    fail(`${doc.file} already has the title "${data.title}": give the new document its own title.`);
  }
}

const partnerships = content.data.partnerships.map(yamlFileId);
const partnership = values.partnership ?? (owner.data.serves.length === 1 ? owner.data.serves[0] : undefined);
if ((collection === 'reports' || collection === 'arrangements') && !partnership) {
  fail(`${values.owner} serves more than one partnership, so say which this is for: --partnership followed by ${partnerships.join(' or ')}.`);
}
if (partnership !== undefined && !partnerships.includes(partnership)) {
  fail(`"${partnership}" is not a partnership: use ${partnerships.join(' or ')} (the file names in content/partnerships/).`);
}
let text: string;
try {
  text = scaffold({
    collection,
    title,
    owner: { id: values.owner, serves: owner.data.serves, reviewCycleMonths: owner.data.reviewCycleMonths },
    today: today(),
    summary: values.summary,
    theme: values.theme,
    sourceReview: values['source-review'],
    partnership,
    period: values.period,
    endorsedBy: values['endorsed-by']?.split(',').map((s) => s.trim()).filter(Boolean),
    effectiveDate: values['effective-date'],
  });
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.message);
  throw error;
}

mkdirSync(join(dir, collection), { recursive: true });
writeFileSync(path, text, { flag: 'wx' });
// A new document needs its owner's approval rule in CODEOWNERS, or the pull request check fails.
if (dir === join(root, 'content')) writeFileSync(join(root, CODEOWNERS_PATH), expectedCodeowners(root));
console.log(`Created ${shown} as a draft, at ${address} on the site.

Next:
  1. Replace every "TODO:" with your text (npm run check lists any that are left).
  2. Add contacts, related documents, tags and sources in the frontmatter.
  3. When it is ready to publish, change "status: draft" to "status: published".
  4. Run npm run check.`);
