/**
 * The review report written out for people and for other tools: a plain-text table for the
 * terminal, JSON and CSV for meeting papers and spreadsheets. Used by `npm run reviews`.
 */
import { COLLECTION_LABELS, documentPath } from './documents.ts';
import { REVIEW_STATE_LABELS } from './review.ts';
import { daysInWords, type ReviewReport, type ReviewRow } from './review-report.ts';

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

const records = (report: ReviewReport) => report.owners.flatMap((group) => group.rows.map((row) => record(group.owner, group.ownerName, row)));

export function reportJson(report: ReviewReport): string {
  const { today, dueSoonDays, totals } = report;
  return `${JSON.stringify({ today, dueSoonDays, totals, documents: records(report) }, null, 2)}\n`;
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
    lines.push([r.owner, r.ownerName, r.status, r.nextReviewDue, r.lastReviewed, r.daysLeft, r.type, r.title, r.address, r.file].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Columns padded to their widest cell; the last column is left ragged. */
function columns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd());
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
  return `${out.join('\n')}\n`;
}

export function formatReport(report: ReviewReport, format: OutputFormat): string {
  return format === 'json' ? reportJson(report) : format === 'csv' ? reportCsv(report) : reportTable(report);
}
