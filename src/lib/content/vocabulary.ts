/**
 * The words of the content contract that code outside the build also needs: the collections and
 * their names, document statuses, threshold levels and domains, social care actions, consent
 * exceptions and the briefing sections. No zod here, so browser code (the threshold explorer,
 * the search page, the review recheck) imports these instead of copying them, and ships no
 * schema library. The schemas in schema.ts are built from the same lists.
 */

/** The document collections, in the order the site presents them. */
export const DOCUMENT_COLLECTIONS = ['arrangements', 'thresholds', 'procedures', 'briefings', 'reports'] as const;
export type DocumentCollection = (typeof DOCUMENT_COLLECTIONS)[number];

export const COLLECTION_LABELS: Record<DocumentCollection, { singular: string; plural: string }> = {
  arrangements: { singular: 'Safeguarding arrangements', plural: 'Safeguarding arrangements' },
  thresholds: { singular: 'Threshold document', plural: 'Threshold document' },
  procedures: { singular: 'Procedure', plural: 'Procedures' },
  briefings: { singular: '7-minute briefing', plural: '7-minute briefings' },
  reports: { singular: 'Annual report', plural: 'Annual reports' },
};

/** A document's state: drafts are never published, archived documents are kept for the record. */
export const STATUSES = ['draft', 'published', 'archived'] as const;
export type Status = (typeof STATUSES)[number];

/** The four levels of need of the threshold document. */
export const THRESHOLD_LEVELS = [1, 2, 3, 4] as const;
export type ThresholdLevelNumber = (typeof THRESHOLD_LEVELS)[number];

/** The three domains of the Assessment Framework triangle, which group the indicators. */
export const DOMAINS = ['developmental-needs', 'parenting-capacity', 'family-and-environment'] as const;
export type Domain = (typeof DOMAINS)[number];
export const DOMAIN_NAMES: Record<Domain, string> = {
  'developmental-needs': "Child's developmental needs",
  'parenting-capacity': 'Parenting capacity',
  'family-and-environment': 'Family and environmental factors',
};

/**
 * What a procedure or a threshold indicator tells practitioners to do about children's social
 * care whatever the level of need: refer the child, or notify (tell) the council of an
 * arrangement, as the law on private fostering expects.
 */
export const SOCIAL_CARE_ACTIONS = ['refer', 'notify'] as const;
export type SocialCareAction = (typeof SOCIAL_CARE_ACTIONS)[number];

/** When information may be shared without consent, each stated in the same words wherever it appears. */
export const CONSENT_EXCEPTIONS = ['risk-of-harm', 'loss-of-evidence', 'undue-delay'] as const;
export type ConsentException = (typeof CONSENT_EXCEPTIONS)[number];
export const CONSENT_EXCEPTION_TEXT: Record<ConsentException, string> = {
  'risk-of-harm': 'would put the child, or anyone else, at risk of harm',
  'loss-of-evidence': 'could lead to evidence being lost or destroyed, or undermine a police investigation',
  'undue-delay': 'would cause undue delay in protecting the child',
};

/**
 * The seven sections of every 7-minute briefing, in order. Editors write each as a level-2
 * heading (`## Background`); the page numbers them, and the checker refuses a briefing whose
 * headings differ from this list. Change the wording here and nowhere else.
 */
export const BRIEFING_SECTIONS = [
  'Background',
  'Why it matters',
  'What the review found',
  'What good practice looks like',
  'Questions for your team',
  'What to do',
  'Find out more',
] as const;
export type BriefingSection = (typeof BRIEFING_SECTIONS)[number];
