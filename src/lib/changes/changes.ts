/**
 * Amendments across the whole site, for the home page, /changes/ and the Atom feed.
 */
import { formatMonth } from '../dates.ts';

export interface ChangeSource {
  collection: string;
  id: string;
  title: string;
  amendments: { date: string; summary: string; version?: string | undefined }[];
}

export interface Change {
  collection: string;
  id: string;
  title: string;
  date: string;
  summary: string;
  version?: string | undefined;
}

/** Every amendment of every document, newest first; ties by title so the order is stable. */
export function allChanges(documents: readonly ChangeSource[]): Change[] {
  return documents
    .flatMap((doc) => doc.amendments.map((a) => ({ collection: doc.collection, id: doc.id, title: doc.title, ...a })))
    .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

export function latestAmendments(documents: readonly ChangeSource[], count: number): Change[] {
  return allChanges(documents).slice(0, count);
}

/**
 * Changes grouped under "June 2025" style headings, newest month first. Each month keeps the
 * order it is given (allChanges() order: newest first). Months are ordered by their YYYY-MM key,
 * not by where they first appear, so the headings are in order whatever order the list is in.
 */
export function changesByMonth(changes: readonly Change[]): { month: string; changes: Change[] }[] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const key = change.date.slice(0, 7);
    const list = groups.get(key);
    if (list) list.push(change);
    else groups.set(key, [change]);
  }
  return [...groups].sort(([a], [b]) => b.localeCompare(a)).map(([key, list]) => ({ month: formatMonth(`${key}-01`), changes: list }));
}
