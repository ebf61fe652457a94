/**
 * The review report: every published document's review status, grouped by the subgroup that owns
 * it, most urgent first, and the contacts whose number is still to be confirmed, for the
 * partnership business office to fill in. One shape for the /reviews/ dashboard and
 * `npm run reviews`, so the page and the meeting papers always say the same thing.
 */
import { isToConfirm } from '../contacts/contacts.ts';
import { byUrgency, reviewStatus, type ReviewState, type ReviewStatus } from './status.ts';
import type { DocumentCollection, Status } from '../content/vocabulary.ts';

export interface ReviewedDocument {
  collection: DocumentCollection;
  id: string;
  title: string;
  /** The owning subgroup's id. */
  owner: string;
  status: Status;
  lastReviewed: string;
  nextReviewDue: string;
  /** The source file, where the caller knows it (the CLI names files; the site does not). */
  file?: string;
  /** The contact ids the document lists, where the caller gives them. */
  contacts?: readonly string[];
}

/** A contact as the report needs it: from content/contacts/. */
export interface ReviewedContact {
  id: string;
  service: string;
  /** The area's id, and its name as content/site.yaml gives it (areaName in contacts.ts). */
  area: string;
  areaName: string;
  phone?: string | undefined;
}

/**
 * A checked document as the report needs it. The /reviews/ page passes Astro's collection entry;
 * `npm run reviews` passes the checker's, whose `file` names the source file.
 */
export function reviewedDocument(doc: {
  collection: DocumentCollection;
  id: string;
  file?: string | undefined;
  data: Pick<ReviewedDocument, 'title' | 'owner' | 'status' | 'lastReviewed' | 'nextReviewDue' | 'contacts'>;
}): ReviewedDocument {
  const { title, owner, status, lastReviewed, nextReviewDue, contacts } = doc.data;
  return {
    collection: doc.collection,
    id: doc.id,
    title,
    owner,
    status,
    lastReviewed,
    nextReviewDue,
    contacts,
    ...(doc.file !== undefined ? { file: doc.file } : {}),
  };
}

/** A contact no source gives a number for yet, and the published documents that name it. */
export interface ContactToConfirm {
  id: string;
  service: string;
  area: string;
  areaName: string;
  /** Published documents whose `contacts:` list it, by title. */
  namedBy: { collection: DocumentCollection; id: string; title: string }[];
}

export interface ReviewRow {
  doc: ReviewedDocument;
  status: ReviewStatus;
}

export interface OwnerReviews {
  owner: string;
  ownerName: string;
  /** All of the owner's rows, most urgent first. */
  rows: ReviewRow[];
  /** The same rows split by state, each most urgent first. */
  byState: Record<ReviewState, ReviewRow[]>;
}

export interface ReviewReport {
  today: string;
  dueSoonDays: number;
  totals: Record<ReviewState, number>;
  owners: OwnerReviews[];
  /** Contacts whose number is to be confirmed, most named first. Empty when every contact has a sourced number. */
  contactsToConfirm: ContactToConfirm[];
}

export const REVIEW_STATES: readonly ReviewState[] = ['overdue', 'due-soon', 'current'];

/**
 * Only published documents are reviewed: a draft is not in force yet, and an archived document
 * is kept for the record and no longer in force, so neither can be overdue.
 */
export const isUnderReview = (doc: { status: Status }) => doc.status === 'published';

const emptyStates = <T>(make: () => T): Record<ReviewState, T> => ({ overdue: make(), 'due-soon': make(), current: make() });

/**
 * The contacts with no number (see isToConfirm), each with the published documents that name
 * it. Adding a sourced phone to a contact takes it off this list.
 */
export function contactsToConfirm(contacts: readonly ReviewedContact[], documents: readonly ReviewedDocument[]): ContactToConfirm[] {
  const published = documents.filter(isUnderReview);
  return contacts
    .filter(isToConfirm)
    .map((contact) => ({
      id: contact.id,
      service: contact.service,
      area: contact.area,
      areaName: contact.areaName,
      namedBy: published
        .filter((doc) => doc.contacts?.includes(contact.id))
        .map(({ collection, id, title }) => ({ collection, id, title }))
        .sort((a, b) => a.title.localeCompare(b.title, 'en-GB')),
    }))
    .sort((a, b) => b.namedBy.length - a.namedBy.length || a.service.localeCompare(b.service, 'en-GB'));
}

export function reviewReport(
  documents: readonly ReviewedDocument[],
  options: {
    today: string;
    dueSoonDays: number;
    ownerNames: ReadonlyMap<string, string>;
    /** Every contact, to list those whose number is to be confirmed. */
    contacts?: readonly ReviewedContact[];
    /** The documents to look in for who names a contact: all of them, when `documents` is one owner's. Default: `documents`. */
    contactDocuments?: readonly ReviewedDocument[];
  },
): ReviewReport {
  const rows = documents
    .filter(isUnderReview)
    .map((doc) => ({ doc, status: reviewStatus(doc.nextReviewDue, options.today, options.dueSoonDays) }))
    .sort((a, b) => byUrgency(a, b) || a.doc.title.localeCompare(b.doc.title, 'en-GB'));

  const totals = emptyStates(() => 0);
  const owners = new Map<string, OwnerReviews>();
  for (const row of rows) {
    totals[row.status.state] += 1;
    let group = owners.get(row.doc.owner);
    if (!group) {
      group = {
        owner: row.doc.owner,
        ownerName: options.ownerNames.get(row.doc.owner) ?? row.doc.owner,
        rows: [],
        byState: emptyStates<ReviewRow[]>(() => []),
      };
      owners.set(row.doc.owner, group);
    }
    group.rows.push(row);
    group.byState[row.status.state].push(row);
  }
  // Rows are already most urgent first, so each group's first row is its most urgent: the group
  // with the most pressing review comes first, then by name.
  const ordered = [...owners.values()].sort((a, b) => byUrgency(a.rows[0]!, b.rows[0]!) || a.ownerName.localeCompare(b.ownerName, 'en-GB'));
  const toConfirm = contactsToConfirm(options.contacts ?? [], options.contactDocuments ?? documents);
  return { today: options.today, dueSoonDays: options.dueSoonDays, totals, owners: ordered, contactsToConfirm: toConfirm };
}

/** "1 document", "12 documents": a count as the dashboard says it, when built and when the reader's browser recounts. */
export const documentCount = (n: number) => `${n} document${n === 1 ? '' : 's'}`;

/** "12 days overdue", "due today", "due in 30 days": how far off a review is, in words. */
export function daysInWords(daysLeft: number): string {
  const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
  if (daysLeft < 0) return `${days(-daysLeft)} overdue`;
  if (daysLeft === 0) return 'due today';
  return `due in ${days(daysLeft)}`;
}
