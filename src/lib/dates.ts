/**
 * Calendar dates as the content uses them: plain `YYYY-MM-DD` strings with no time or zone.
 *
 * Why strings, not `Date`: YAML parsers disagree on dates (js-yaml, which Astro uses, turns
 * `2025-02-30` into 2 March without complaint), and a `Date` drags a time zone into what is
 * only ever a calendar day. Keeping ISO strings means comparisons are plain string
 * comparisons and nothing shifts by a day at midnight.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A `Date` from a YAML parser (always midnight UTC) back to YYYY-MM-DD. */
export function dateToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `date` moved on by whole months, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return dateToIso(target);
}

/**
 * "Today" for builds, the review CLI and tests. `SITE_TODAY=YYYY-MM-DD` pins it so that a
 * build or a test run is deterministic; otherwise it is the real date in UTC.
 */
export function today(env: Record<string, string | undefined> = process.env): string {
  const pinned = env.SITE_TODAY?.trim();
  if (pinned) {
    if (!isIsoDate(pinned)) {
      throw new Error(`SITE_TODAY must be a real date written as YYYY-MM-DD; it is "${pinned}".`);
    }
    return pinned;
  }
  return dateToIso(new Date());
}

/**
 * The calendar date on the reader's own clock, for checks run in the browser. Not
 * dateToIso(new Date()), which is the date in UTC: an hour after midnight in a British summer
 * that is still yesterday.
 */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 June 2025", the GOV.UK style for dates in running text. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "June 2025", for grouping changes by month. */
export function formatMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}
