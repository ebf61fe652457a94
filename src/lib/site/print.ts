/**
 * The date a printed copy carries. Set in the browser at print time (`beforeprint`), from the
 * reader's own calendar date: a page built weeks ago must not print as if printed then.
 */
import { formatDate } from '../dates.ts';

/** The reader's local calendar date as YYYY-MM-DD and as "4 May 2031". */
export function printedOn(now: Date): { iso: string; text: string } {
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return { iso, text: formatDate(iso) };
}
