/**
 * `npm run new -- <kind> "Title" --owner <subgroup>`: writes a new document, as a draft, from a
 * template with every required field filled in, today's date and the next review date from the
 * owning group's review cycle. Refuses an address that is taken and an owner that does not exist.
 *
 *   npm run new -- procedure "Children missing education" --owner policy-and-procedures
 *   npm run new -- briefing "Safe sleep" --owner learning-and-development --theme "Babies and infants" --source-review "Rapid review: Baby B"
 *   npm run new -- report "Leicester annual report 2025/26" --owner leicester-board --period 2025/26
 *
 * Exit codes (scripts/lib/cli.ts): 0 the document was written; 1 the content stands in the way (the
 * file or title is taken, or the owner's own file has problems); 2 the command was written wrongly
 * (an unknown option or kind, a missing title or owner, a value the schema refuses).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { CODEOWNERS_PATH, expectedCodeowners } from './codeowners.ts';
import { join, relative, resolve } from 'node:path';
import { contentDir } from '../src/lib/content/dir.ts';
import { documentFacts } from '../src/lib/content/facts.ts';
import { readContent, yamlFileId } from '../src/lib/content/files.ts';
import { today } from '../src/lib/dates.ts';
import { fail, readCommandLine, usageError } from './lib/cli.ts';
import { KINDS, scaffold, ScaffoldError, slugify } from './lib/scaffold.ts';
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
  --effective-date <date> arrangements: when they took effect (defaults to today)
  --help                  show this help`;

const COMMAND = { name: 'npm run new', usage: USAGE };
const { values, positionals } = readCommandLine({
  ...COMMAND,
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
  },
  // Any number, so that a title left out of quotes gets its own message below.
  positionals: Infinity,
});

const [kind, title, ...extra] = positionals;
if (!kind) usageError(COMMAND, 'say what kind of document to create, such as procedure or briefing.');
const collection = KINDS[kind.toLowerCase()];
if (!collection) usageError(COMMAND, `"${kind}" is not a kind of document: use procedure, briefing, report, arrangements or thresholds.`);
if (!title?.trim()) usageError(COMMAND, `give the new ${kind}'s title in quotes, such as "Children missing education".`);
if (extra.length) usageError(COMMAND, `only one title is expected; put a title with spaces in quotes ("${[title, ...extra].join(' ')}").`);

const root = resolve(import.meta.dirname, '..');
const dir = contentDir(root);
const content = readContent(root, dir);

const subgroups = new Map(content.data.subgroups.map((source) => [yamlFileId(source), source]));
if (!values.owner)
  usageError(COMMAND, `say which subgroup owns the document: --owner followed by one of ${[...subgroups.keys()].join(', ')}.`);
const ownerSource = subgroups.get(values.owner);
if (!ownerSource)
  usageError(
    COMMAND,
    `"${values.owner}" is not a subgroup: use one of ${[...subgroups.keys()].join(', ')} (the file names in content/subgroups/).`,
  );
const owner = subgroupSchema.safeParse(ownerSource.value);
if (!owner.success) fail(COMMAND, `${ownerSource.file} has problems of its own: run npm run check and fix them first.`);

const id = values.id ?? slugify(title);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  usageError(
    COMMAND,
    id
      ? `"${id}" cannot be a file name: use lower-case letters, numbers and single hyphens.`
      : `no file name can be made from "${title}": add --id with one, such as --id children-missing-education.`,
  );
}
const address = `/${collection}/${id}/`;
const path = join(dir, collection, `${id}.mdx`);
const shown = relative(root, path);
if (existsSync(path)) fail(COMMAND, `${shown} already exists: edit it instead, or choose another title (or --id).`);
for (const doc of documentFacts(content)) {
  if (doc.redirectFrom.includes(address)) {
    fail(COMMAND, `${address} is a former address of ${doc.file}, so old links to it lead there: choose another title (or --id).`);
  }
  if (doc.title?.toLowerCase() === title.trim().toLowerCase()) {
    fail(COMMAND, `${doc.file} already has the title "${doc.title}": give the new document its own title.`);
  }
}

const partnerships = content.data.partnerships.map(yamlFileId);
const partnership = values.partnership ?? (owner.data.serves.length === 1 ? owner.data.serves[0] : undefined);
if ((collection === 'reports' || collection === 'arrangements') && !partnership) {
  usageError(
    COMMAND,
    `${values.owner} serves more than one partnership, so say which this is for: --partnership followed by ${partnerships.join(' or ')}.`,
  );
}
if (partnership !== undefined && !partnerships.includes(partnership)) {
  usageError(COMMAND, `"${partnership}" is not a partnership: use ${partnerships.join(' or ')} (the file names in content/partnerships/).`);
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
    endorsedBy: values['endorsed-by']
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    effectiveDate: values['effective-date'],
  });
} catch (error) {
  // The values given make a document the schema refuses, such as --period 2025.
  if (error instanceof ScaffoldError) usageError(COMMAND, error.message);
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
