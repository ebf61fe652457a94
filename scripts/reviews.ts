/**
 * `npm run reviews`: which published documents are overdue or due for review, by owning subgroup,
 * and which contacts' numbers are still to be confirmed, the same report as the /reviews/ page. It
 * reads the content with the checker's own modules and builds each row as the page does
 * (reviewedDocument), so it needs no build and agrees with the site.
 *
 * Exit codes (scripts/lib/cli.ts): 0 the report was printed; 1 `--fail-on` found documents; 2 the
 * command was wrong (unknown option, format or owner, or a bad SITE_TODAY / REVIEW_DUE_SOON_DAYS).
 */
import { resolve } from 'node:path';
import { readContent, yamlFileId, entriesOf } from '../src/lib/content/files.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { formatDate, today } from '../src/lib/dates.ts';
import { dueSoonDays } from '../src/lib/review/status.ts';
import { reviewedDocument, reviewReport, type ReviewedContact } from '../src/lib/review/report.ts';
import { EXIT_PROBLEMS, readCommandLine, usageError } from './lib/cli.ts';
import { formatReport, OUTPUT_FORMATS, type OutputFormat } from './lib/review-output.ts';
import { contactSchema, siteSchema, subgroupSchema } from '../src/lib/content/schema.ts';
import { areaName } from '../src/lib/contacts/contacts.ts';

const USAGE = `Usage: npm run reviews [-- options]

Lists published documents by review status and owning subgroup, then the contacts whose number is
still to be confirmed (add a phone and its source in content/contacts/ to clear one).

  --format table|json|csv   how to print the report (default: table)
  --owner <subgroup-id>     only documents this subgroup owns (repeat for more than one)
  --fail-on overdue         exit 1 if any published document is overdue for review
  --fail-on due-soon        exit 1 if any is overdue or due for review soon
  --help                    show this help

SITE_TODAY=YYYY-MM-DD reports as at that date; REVIEW_DUE_SOON_DAYS sets the due-soon window (default 60).`;

const FAIL_ON = ['overdue', 'due-soon'] as const;

const COMMAND = { name: 'npm run reviews', usage: USAGE };
const { values } = readCommandLine({
  ...COMMAND,
  options: {
    format: { type: 'string', default: 'table' },
    owner: { type: 'string', multiple: true, default: [] },
    'fail-on': { type: 'string' },
  },
});
const format = values.format as OutputFormat;
if (!OUTPUT_FORMATS.includes(format)) usageError(COMMAND, `unknown format "${values.format}": use ${OUTPUT_FORMATS.join(', ')}`);
const failOn = values['fail-on'] as (typeof FAIL_ON)[number] | undefined;
if (failOn !== undefined && !FAIL_ON.includes(failOn))
  usageError(COMMAND, `--fail-on "${values['fail-on']}" is not known: use ${FAIL_ON.join(' or ')}`);

let now: string;
let soonDays: number;
try {
  now = today();
  soonDays = dueSoonDays();
} catch (error) {
  usageError(COMMAND, (error as Error).message);
}

const root = resolve(import.meta.dirname, '..');
const tree = readContent(root);
const ownerNames = new Map<string, string>();
for (const source of tree.data.subgroups) {
  const parsed = subgroupSchema.safeParse(source.value);
  ownerNames.set(yamlFileId(source), parsed.success ? parsed.data.name : yamlFileId(source));
}
const unknownOwners = values.owner.filter((id) => !ownerNames.has(id));
if (unknownOwners.length) {
  usageError(
    COMMAND,
    `unknown owner ${unknownOwners.map((id) => `"${id}"`).join(', ')}: use a subgroup id, one of ${[...ownerNames.keys()].join(', ')}`,
  );
}

const { problems, documents } = validateContent(tree, { today: now });
const errors = problems.filter((p) => p.severity === 'error').length;
if (errors) {
  console.error(
    `warning: the content has ${errors} error(s); a document with errors is left out of this report. Run npm run check to list them.`,
  );
}

const everyDocument = [...documents.values()].map(({ file, data }) => reviewedDocument({ ...file, data }));
const reviewed = everyDocument.filter((doc) => values.owner.length === 0 || values.owner.includes(doc.owner));

// Contacts that fail their schema are left out, as documents with errors are (the warning above says so).
// Without a valid site.yaml an area is named by its id.
const site = siteSchema.safeParse(tree.data.site?.value);
const areas = site.success ? site.data : { region: { id: '', name: '' }, localAreas: [] };
const contacts: ReviewedContact[] = entriesOf(tree.data.contacts).flatMap(({ id, value }) => {
  const parsed = contactSchema.safeParse(value);
  return parsed.success
    ? [{ id, service: parsed.data.service, area: parsed.data.area, areaName: areaName(areas, parsed.data.area), phone: parsed.data.phone }]
    : [];
});

// Who names a contact is looked up in every document, whatever --owner keeps.
const report = reviewReport(reviewed, { today: now, dueSoonDays: soonDays, ownerNames, contacts, contactDocuments: everyDocument });
process.stdout.write(formatReport(report, format));

if (failOn) {
  const failing = report.owners.flatMap((group) =>
    group.rows
      .filter((row) => row.status.state === 'overdue' || (failOn === 'due-soon' && row.status.state === 'due-soon'))
      .map((row) => ({ row, group })),
  );
  if (failing.length) {
    const what = failOn === 'overdue' ? 'overdue for review' : `overdue or due for review within ${soonDays} days`;
    const lines = failing.map(
      ({ row: { doc }, group }) => `  ${doc.file}: "${doc.title}", review due ${formatDate(doc.nextReviewDue)} (${group.ownerName})`,
    );
    console.error(`\n${failing.length} published document${failing.length === 1 ? ' is' : 's are'} ${what}:\n${lines.join('\n')}`);
    process.exit(EXIT_PROBLEMS);
  }
}
