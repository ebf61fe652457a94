/**
 * The review report written out for people and for other tools: a plain-text table for the
 * terminal, JSON and CSV for meeting papers and spreadsheets. Used by `npm run reviews`.
 *
 * Contacts whose number is to be confirmed come after the documents in every format: in JSON as
 * `contactsToConfirm`; in CSV as rows of the same columns with status `to-confirm` and type
 * `Contact`, so the file stays one table a spreadsheet can read.
 */
import { documentPath } from '../../src/lib/content/documents.ts';
import { COLLECTION_LABELS } from '../../src/lib/content/vocabulary.ts';
import { REVIEW_STATE_LABELS } from '../../src/lib/review/status.ts';
import { daysInWords, type ContactToConfirm, type ReviewReport, type ReviewRow } from '../../src/lib/review/report.ts';

/** Where a contact's card is on the site. */
export const contactAddress = (id: string) => `/contacts/#contact-${id}`;

/** The contacts folder, and a contact's own file there: the JSON and CSV give it so an editor knows where to add the number. */
export const CONTACTS_FOLDER = 'content/contacts/';
const contactFile = (id: string) => `${CONTACTS_FOLDER}${id}.yaml`;

function contactRecord(contact: ContactToConfirm) {
  return {
    id: contact.id,
    service: contact.service,
    area: contact.area,
    areaName: contact.areaName,
    address: contactAddress(contact.id),
    file: contactFile(contact.id),
    namedBy: contact.namedBy.map((doc) => ({ title: doc.title, address: documentPath(doc.collection, doc.id) })),
  };
}

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** One flat record per document, in report order: the fields JSON and CSV share. */
function record(owner: string, ownerName: string, { doc, status }: ReviewRow) {
  return {
    owner,
    ownerName,
    status: status.state,
    nextReviewDue: doc.nextReviewDue,
    lastReviewed: doc.lastReviewed,
    daysLeft: status.daysLeft,
    type: COLLECTION_LABELS[doc.collection].singular,
    title: doc.title,
    address: documentPath(doc.collection, doc.id),
    file: doc.file ?? '',
  };
}

const records = (report: ReviewReport) =>
  report.owners.flatMap((group) => group.rows.map((row) => record(group.owner, group.ownerName, row)));

export function reportJson(report: ReviewReport): string {
  const { today, dueSoonDays, totals } = report;
  const contactsToConfirm = report.contactsToConfirm.map(contactRecord);
  return `${JSON.stringify({ today, dueSoonDays, totals, documents: records(report), contactsToConfirm }, null, 2)}\n`;
}

/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS = ['owner', 'owner_name', 'status', 'next_review_due', 'last_reviewed', 'days_left', 'type', 'title', 'address', 'file'];

export function reportCsv(report: ReviewReport): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of records(report)) {
    lines.push(
      [r.owner, r.ownerName, r.status, r.nextReviewDue, r.lastReviewed, r.daysLeft, r.type, r.title, r.address, r.file]
        .map(csvField)
        .join(','),
    );
  }
  // A contact has no owner or dates: the area goes in owner_name, the service in title.
  for (const c of report.contactsToConfirm) {
    lines.push(
      ['', c.areaName, 'to-confirm', '', '', '', 'Contact', c.service, contactAddress(c.id), contactFile(c.id)].map(csvField).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Columns padded to their widest cell; the last column is left ragged. */
function columns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );
}

export function reportTable(report: ReviewReport): string {
  const { totals } = report;
  const out = [
    `Document reviews on ${report.today} (due soon: due within ${report.dueSoonDays} days)`,
    `Overdue: ${totals.overdue}   Due soon: ${totals['due-soon']}   In date: ${totals.current}`,
  ];
  if (report.owners.length === 0) out.push('', 'No published documents.');
  for (const group of report.owners) {
    out.push('', `${group.ownerName} (${group.owner})`);
    const header = ['Status', 'Review due', 'When', 'Document', 'File'];
    const body = group.rows.map(({ doc, status }) => [
      REVIEW_STATE_LABELS[status.state],
      doc.nextReviewDue,
      daysInWords(status.daysLeft),
      doc.title,
      doc.file ?? documentPath(doc.collection, doc.id),
    ]);
    out.push(...columns([header, ...body]).map((line) => `  ${line}`));
  }
  out.push('', ...contactsTable(report.contactsToConfirm));
  return `${out.join('\n')}\n`;
}

/** The to-confirm contacts, for the business office: which ones, where, and who names them. */
function contactsTable(contacts: readonly ContactToConfirm[]): string[] {
  if (contacts.length === 0) return ['Contact numbers to confirm: none. Every contact has a sourced number.'];
  const out = [`Contact numbers to confirm: ${contacts.length} (add phone and source to each one's file in ${CONTACTS_FOLDER})`];
  const header = ['Contact id', 'Area', 'Service', 'Named by'];
  const body = contacts.map((c) => [
    c.id,
    c.areaName,
    c.service,
    c.namedBy.length ? c.namedBy.map((d) => d.title).join('; ') : 'no published document yet',
  ]);
  out.push(...columns([header, ...body]).map((line) => `  ${line}`));
  return out;
}

export function formatReport(report: ReviewReport, format: OutputFormat): string {
  return format === 'json' ? reportJson(report) : format === 'csv' ? reportCsv(report) : reportTable(report);
}
