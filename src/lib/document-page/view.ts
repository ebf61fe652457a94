/**
 * Everything a document page shows besides its text, computed once per page: who owns it, where
 * it applies, who to call, the related documents, when it last changed and where its history is,
 * its review status and what it tells the search. The layout and its components only render this
 * (the Starlight pattern: a route's data is computed once and handed down as props), so no
 * component reads the clock, the environment, git or the content collections itself.
 *
 * Pure: the Astro-side wrapper (src/document-view.ts) gathers the inputs.
 */
import { cmsEditLink } from '../cms/edit-link.ts';
import { contactCards, contactOrder, frontDoors, type ContactCard, type NamedArea, type SiteAreas } from '../contacts/contacts.ts';
import type { Contact, DocumentData } from '../content/schema.ts';
import { COLLECTION_LABELS, type DocumentCollection } from '../content/vocabulary.ts';
import type { LastCommit } from '../git/dates.ts';
import { reviewMessage, reviewStatus, REVIEW_STATE_LABELS, type ReviewState } from '../review/status.ts';
import type { FilterKey } from '../search/facets.ts';
import { searchKeywords, type GlossaryMatcher, type SearchKeywords } from '../search/glossary-keywords.ts';
import type { SearchRecord } from '../search/record.ts';

export interface ViewedContact {
  id: string;
  data: Contact;
}

/** A document as the view needs it: its collection, id and the frontmatter fields every document has. */
export interface DocumentInput {
  collection: DocumentCollection;
  id: string;
  data: Pick<
    DocumentData,
    | 'title'
    | 'summary'
    | 'owner'
    | 'version'
    | 'lastReviewed'
    | 'nextReviewDue'
    | 'status'
    | 'audience'
    | 'appliesTo'
    | 'related'
    | 'contacts'
    | 'tags'
  >;
  /** The source text (Markdown/MDX), for its glossary names. */
  body: string;
}

export interface ViewInputs {
  doc: DocumentInput;
  /** The page's headings (Astro's render()), to find its "What to do" section. */
  headings: readonly { depth: number; slug: string; text: string }[];
  site: SiteAreas;
  subgroupNames: ReadonlyMap<string, string>;
  /** Partnership id -> short name. */
  partnerships: ReadonlyMap<string, string>;
  contacts: ReadonlyMap<string, ViewedContact>;
  /** Visible documents by `collection/id`: a related document that is not here (a draft) is left out. */
  documents: ReadonlyMap<string, { collection: DocumentCollection; id: string; data: { title: string } }>;
  /** A document's address, base path included. */
  urlOf: (doc: { collection: DocumentCollection; id: string }) => string;
  lastCommit: LastCommit | undefined;
  historyLink: string | null;
  today: string;
  dueSoonDays: number;
  formatDate: (date: string) => string;
  glossary: GlossaryMatcher;
  /** The keywords worked out before rendering (precomputed-keywords.ts), if they were. */
  keywords?: SearchKeywords | undefined;
  /** Where the CMS is served (CMS_URL), for the editors' "Edit this page" link; none without it. */
  cmsUrl: string | undefined;
}

export interface ReviewView {
  state: ReviewState;
  label: string;
  /** What the banner says; null when the document is in date. */
  message: string | null;
  dueSoonDays: number;
}

export interface DocumentView {
  typeLabel: string;
  sectionLabel: string;
  owner: { id: string; name: string };
  /** Short names of the partnerships it applies to (all of them when the document does not say). */
  appliesTo: string[];
  /** Its contacts' cards, in the order readers need them. */
  contacts: ContactCard<Contact>[];
  frontDoors: (ViewedContact & { area: NamedArea })[];
  related: { href: string; title: string; typeLabel: string }[];
  /** The fragment of its "What to do" section, if it has one. */
  whatToDo: string | undefined;
  lastCommit: LastCommit | undefined;
  historyLink: string | null;
  review: ReviewView;
  search: SearchRecord & { keywords: SearchKeywords };
  /** The page's entry in the CMS, for editors; null when the site has no CMS. */
  editLink: string | null;
}

const AUDIENCE_FILTER: Record<DocumentInput['data']['audience'], string> = {
  practitioners: 'Practitioners',
  public: 'Public',
  both: 'Practitioners and public',
};

export function documentView(inputs: ViewInputs): DocumentView {
  const { doc, site } = inputs;
  const { data } = doc;
  const typeLabel = COLLECTION_LABELS[doc.collection].singular;
  const ownerName = inputs.subgroupNames.get(data.owner) ?? data.owner;
  const appliesTo = (data.appliesTo ?? [...inputs.partnerships.keys()].sort()).map((id) => inputs.partnerships.get(id) ?? id);
  const contacts = data.contacts.flatMap((id) => {
    const contact = inputs.contacts.get(id);
    return contact ? [contact] : [];
  });
  const related = data.related.flatMap((ref) => {
    const other = inputs.documents.get(ref);
    return other ? [{ href: inputs.urlOf(other), title: other.data.title, typeLabel: COLLECTION_LABELS[other.collection].singular }] : [];
  });
  const { state } = reviewStatus(data.nextReviewDue, inputs.today, inputs.dueSoonDays);
  const filters: Record<FilterKey, string[]> = {
    type: [typeLabel],
    owner: [ownerName],
    area: appliesTo,
    audience: [AUDIENCE_FILTER[data.audience]],
  };
  return {
    typeLabel,
    sectionLabel: COLLECTION_LABELS[doc.collection].plural,
    owner: { id: data.owner, name: ownerName },
    appliesTo,
    contacts: contactCards(contacts.sort(contactOrder(site)), site, inputs.contacts),
    frontDoors: frontDoors(site, inputs.contacts),
    related,
    whatToDo: inputs.headings.find((heading) => heading.depth === 2 && /^what to do$/i.test(heading.text))?.slug,
    lastCommit: inputs.lastCommit,
    historyLink: inputs.lastCommit ? inputs.historyLink : null,
    review: {
      state,
      label: REVIEW_STATE_LABELS[state],
      message: reviewMessage(state, data.nextReviewDue, ownerName, inputs.formatDate),
      dueSoonDays: inputs.dueSoonDays,
    },
    search: {
      filters,
      meta: { reviewed: data.lastReviewed, summary: data.summary },
      keywords:
        inputs.keywords ?? searchKeywords({ title: data.title, summary: data.summary, tags: data.tags, body: doc.body }, inputs.glossary),
    },
    editLink: cmsEditLink(inputs.cmsUrl, doc.collection, doc.id),
  };
}
