/**
 * The content contract: every field an editor may write, what it means, and the rules it must meet.
 *
 * This file is the one source of truth. The Astro build (`src/content.config.ts`), the content
 * checker (`npm run check`) and the scaffolder (`npm run new`) all import these schemas, so a rule
 * written here is enforced everywhere. Messages are written for editors, not developers: they say
 * what is wrong and how to put it right.
 *
 * References between entries (a document's `owner`, `related`, `contacts`, `appliesTo`) are plain
 * ids here. Whether the id exists is checked across the whole content set in `rules/references.ts`,
 * because Astro's own `reference()` only logs an unknown id and lets the build succeed.
 */
import { z } from 'zod';
import { addMonths, dateToIso, isIsoDate } from '../dates.ts';
import { CONSENT_EXCEPTIONS, DOCUMENT_COLLECTIONS, DOMAINS, SOCIAL_CARE_ACTIONS, STATUSES, THRESHOLD_LEVELS, type DocumentCollection } from './vocabulary.ts';
import { described } from './field-help.ts';


/** A lower-case, hyphenated id such as `case-review` or `leicestershire-rutland`. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string({ error: 'must be an id such as "policy-and-procedures"' })
  .regex(ID, { error: 'must be lower-case letters, numbers and single hyphens, such as "policy-and-procedures"' });

/**
 * A calendar date. Written unquoted in YAML (`2025-06-01`) or quoted; either way the result is
 * the string "2025-06-01". Impossible dates such as 2025-02-30 are refused.
 */
export const isoDateSchema = z
  .union([z.string(), z.date()], { error: 'must be a date written as YYYY-MM-DD, for example 2025-06-01' })
  .transform((value, ctx) => {
    const text = value instanceof Date ? dateToIso(value) : value.trim();
    if (!isIsoDate(text)) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a real date: write it as YYYY-MM-DD, for example 2025-06-01` });
      return z.NEVER;
    }
    return text;
  });

const nonEmpty = (what: string) =>
  z.string({ error: `is missing: add ${what}` }).trim().min(1, { error: `is empty: add ${what}` });

/** A document reference is `collection/id`, for example `procedures/section-47-enquiries`. */
const DOCUMENT_REF = new RegExp(`^(${DOCUMENT_COLLECTIONS.join('|')})/[a-z0-9]+(?:-[a-z0-9]+)*$`);
export const documentRefSchema = z
  .string()
  .regex(DOCUMENT_REF, { error: 'must name a document as collection/id, for example "procedures/section-47-enquiries"' });

export const amendmentSchema = z.object({
  date: isoDateSchema,
  /** What changed and why, in a sentence or two. "Minor changes" is not enough. */
  summary: nonEmpty('a sentence saying what changed and why'),
  /** The version this amendment produced, when it changed the version number. */
  version: z.string().optional(),
});

export const sourceSchema = z.object({
  /** The source's title, e.g. "Working Together to Safeguard Children 2023". */
  title: nonEmpty('the title of the source'),
  /** Where a reader can find it; public web addresses only. */
  url: z.url({ error: 'must be a full web address starting https://' }).optional(),
});

/**
 * The longest gap allowed between two reviews, in calendar months: three years is a calendar
 * span, not a count of days (no fixed number of days is right for every start date across leap
 * years). A review on 29 February is due by 28 February three years on.
 */
export const MAX_REVIEW_INTERVAL_MONTHS = 36;

/**
 * Fields every document shares, whatever its collection. Each field's explanation for editors
 * (`described`, field-help.ts) is what CONTRIBUTING.md's field tables say: `npm run docs:fields`
 * writes them from here, and whether a field is required from whether it can be left out.
 */
export const documentFields = {
  title: described(
    nonEmpty('a title, such as "Strategy discussions"'),
    'The page title, as a reader would search for it, such as `Strategy discussions`. No two documents may share a title.',
  ),
  summary: described(
    nonEmpty('a one or two sentence summary').max(400, { error: 'is too long: keep the summary to one or two sentences (400 characters at most)' }),
    'One or two sentences saying what the document is for (400 characters at most). Shown in lists and search results.',
  ),
  owner: described(
    idSchema,
    'The group that owns and reviews the document: a file name from `content/subgroups/` without `.yaml`, such as `policy-and-procedures`.',
  ),
  appliesTo: described(
    z.array(idSchema).min(1, { error: 'must name at least one partnership, or be left out to apply to every one' }).optional(),
    'The partnerships the document applies to: `leicester`, `leicestershire-rutland`, or both (the default).',
  ),
  status: described(
    z.enum(STATUSES, { error: `must be one of: ${STATUSES.join(', ')}` }).default('published'),
    '`draft` (previews only), `published` (live; the default) or `archived` (kept for the record, marked as no longer in force).',
  ),
  version: described(
    z.string({ error: 'is missing: add a version number such as "1.0"' }).regex(/^\d+(\.\d+){0,2}$/, { error: 'must be a version number such as "1.0" or "2.3"' }),
    'The version number, such as `"1.0"` or `"2.3"`. Raise it with every amendment.',
  ),
  lastReviewed: described(isoDateSchema, 'The date the owner last checked the whole document. Cannot be in the future.'),
  nextReviewDue: described(isoDateSchema, 'The date the owner must check it again: after `lastReviewed` and at most three years later.'),
  amendments: described(
    z.array(amendmentSchema).default([]),
    'What changed, newest first. Each has a `date`, a `summary` saying what changed and why, and the `version` it produced.',
  ),
  related: described(
    z.array(documentRefSchema).default([]),
    'Other documents a reader may need next, written as folder/file-name: `procedures/section-47-enquiries`.',
  ),
  contacts: described(
    z.array(idSchema).default([]),
    'Contacts a reader may need: file names in `content/contacts/` without `.yaml`, such as `leicester-children-social-care`. The page lists their numbers.',
  ),
  tags: described(
    z.array(z.string().trim().min(1)).default([]),
    'Words a reader might search for that the text does not use, such as `[LADO, allegation]`.',
  ),
  audience: described(
    z.enum(['practitioners', 'public', 'both'], { error: 'must be one of: practitioners, public, both' }).default('practitioners'),
    'Who it is written for: `practitioners` (the default), `public` or `both`.',
  ),
  sources: described(
    z.array(sourceSchema).default([]),
    'The guidance and legislation the document draws on. Each has a `title` and, if it is online, a `url` starting `https://`.',
  ),
  redirectFrom: described(
    z.array(z.string().regex(/^\/[a-z0-9/-]*\/$/, { error: 'must be a site address such as "/procedures/old-name/"' })).default([]),
    'Former addresses of this page, such as `/procedures/old-name/`, so old bookmarks still work. Add one when you rename a file.',
  ),
};

type ReviewDates = { lastReviewed: string; nextReviewDue: string; amendments: { date: string }[] };

/** Rules that relate one field to another. Kept together so every collection applies the same ones. */
function reviewRules(doc: ReviewDates, ctx: z.RefinementCtx) {
  // ISO dates compare as strings, so these are calendar comparisons with no time zone involved.
  if (doc.nextReviewDue <= doc.lastReviewed) {
    ctx.addIssue({ code: 'custom', path: ['nextReviewDue'], message: `must be after lastReviewed (${doc.lastReviewed}): set the date of the next review` });
  } else if (doc.nextReviewDue > addMonths(doc.lastReviewed, MAX_REVIEW_INTERVAL_MONTHS)) {
    ctx.addIssue({ code: 'custom', path: ['nextReviewDue'], message: `is more than three years after lastReviewed (${doc.lastReviewed}): documents must be reviewed at least every three years` });
  }
  doc.amendments.forEach((amendment, index) => {
    const previous = doc.amendments[index - 1];
    if (previous && amendment.date > previous.date) {
      ctx.addIssue({ code: 'custom', path: ['amendments', index, 'date'], message: `is newer than the amendment above it (${previous.date}): list amendments newest first` });
    }
  });
}

/**
 * What a procedure or a threshold indicator tells practitioners to do about children's social
 * care whatever the level of need: refer the child, or notify (tell) the council of an
 * arrangement, as the law on private fostering expects.
 */
const socialCareSchema = z.enum(SOCIAL_CARE_ACTIONS, { error: 'must be "refer" or "notify"' });

const procedureSchema = z
  .object({
    ...documentFields,
    socialCare: described(
      socialCareSchema.optional(),
      "`refer` or `notify` when the procedure tells practitioners to refer to (or notify) children's social care every time it applies, not only when harm is suspected. Threshold indicators that link to it must then say the same (`socialCare` in `threshold-data/indicators.yaml`); the checker names any that do not.",
    ),
  })
  .superRefine(reviewRules);
const thresholdSchema = z.object(documentFields).superRefine(reviewRules);

const briefingSchema = z
  .object({
    ...documentFields,
    sourceReview: described(
      nonEmpty('the review or audit the learning comes from'),
      'The review or audit the learning comes from, such as `Child Safeguarding Practice Review: Child A`.',
    ),
    theme: described(nonEmpty('a theme such as "Neglect"'), 'The learning theme, used to filter the briefings list, such as `Neglect`.'),
  })
  .superRefine(reviewRules);

const arrangementsSchema = z
  .object({
    ...documentFields,
    partnership: described(idSchema, 'The partnership the arrangements are for: `leicester` or `leicestershire-rutland`.'),
    effectiveDate: described(isoDateSchema, 'The date the current arrangements took effect.'),
    endorsedBy: described(
      z.array(z.string().trim().min(1)).min(1, { error: 'must list at least one endorsing organisation' }),
      'The organisations that signed the arrangements off, as a list.',
    ),
  })
  .superRefine(reviewRules);

const reportSchema = z
  .object({
    ...documentFields,
    partnership: described(idSchema, 'The partnership (or the board before it) that published the report.'),
    period: described(z.string().regex(/^\d{4}\/\d{2}$/, { error: 'must be a year such as "2021/22"' }), 'The year the report covers, such as `"2021/22"`.'),
    published: described(isoDateSchema.optional(), 'The date the report was published, where the report says.'),
  })
  .superRefine(reviewRules);

export const documentSchemas = {
  procedures: procedureSchema,
  briefings: briefingSchema,
  thresholds: thresholdSchema,
  arrangements: arrangementsSchema,
  reports: reportSchema,
} satisfies Record<DocumentCollection, z.ZodType>;

export type DocumentData = z.output<typeof procedureSchema>;
export type BriefingData = z.output<typeof briefingSchema>;
export type ArrangementsData = z.output<typeof arrangementsSchema>;
export type ReportData = z.output<typeof reportSchema>;

/* ---------------------------------------------------------------- data collections (YAML) */

export const partnershipSchema = z.object({
  /** Full name, e.g. "Leicester Safeguarding Children Partnership Board". */
  name: nonEmpty('the partnership\'s full name'),
  /** Short name for tight spaces, e.g. "Leicester". */
  shortName: nonEmpty('a short name for tight spaces, such as the place it serves'),
  /** The local authority areas it covers. */
  area: z.array(z.string().trim().min(1)).min(1, { error: 'must list at least one area' }),
  /** The three statutory safeguarding partners for the area. */
  statutoryPartners: z.array(z.string().trim().min(1)).min(1, { error: 'must list the statutory safeguarding partners' }),
});

/**
 * The area id of national services (helplines, GOV.UK), which serve every partnership: the one
 * area a contact may name that content/site.yaml does not list.
 */
export const NATIONAL_AREA = 'national';

/** The message for a group of fields that is missing or written as a single value. */
const fieldGroup = (what: string) => (issue: { code: string; input?: unknown }) =>
  issue.code !== 'invalid_type' ? undefined : issue.input === undefined ? `is missing: add ${what}` : `must be a group of fields, each on its own indented line: ${what}`;

const siteAreaSchema = z.strictObject(
  {
    /** The id contacts name as their `area`, such as "north-county". */
    id: idSchema,
    /** The area as readers know it, such as "North County". */
    name: nonEmpty('the area\'s name as readers know it'),
  },
  { error: fieldGroup('the area\'s id and name') },
);

const colourSchema = z
  .string({ error: 'is missing: add a colour written as # and six hexadecimal digits, such as "#1d3f72"' })
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written as # and six hexadecimal digits, such as "#1d3f72"' });

/**
 * Who publishes the site and the places it covers (content/site.yaml): every page, the feed and
 * the web app manifest take the partnership's identity from here, so another partnership reuses
 * the code by writing its own file (docs/new-partnership.md). Strict, so a misspelt field is
 * named rather than ignored.
 */
export const siteSchema = z
  .strictObject({
    /** The site's name: the header, and after each page's title in browser tabs. */
    name: nonEmpty('the site\'s name, such as "North County Safeguarding Children"'),
    /** The line under the name in the header. */
    strapline: nonEmpty('a line saying what the site is for and where, such as "Procedures and guidance for North County"'),
    /** What the site is, in a sentence: the description of pages that have none of their own. */
    description: nonEmpty('a sentence saying what the site is and where it applies')
      .max(300, { error: 'is too long: keep the description to a sentence (300 characters at most)' }),
    /** Who publishes the site, at the foot of every page. */
    publisher: nonEmpty('a line saying who publishes the site, such as "Published by the North County Safeguarding Children Partnership."'),
    /** The whole area the site covers; contacts serving all of it name its id. */
    region: z.strictObject(
      {
        id: idSchema,
        /** The whole area in words, such as "North County and Southby". */
        name: nonEmpty('the whole area\'s name, such as "North County and Southby"'),
        /** How the site names the area in a sentence, such as "NCS". */
        shortName: nonEmpty('a short name for the whole area, such as its initials'),
      },
      { error: fieldGroup('the whole area the site covers, with its id, name and shortName') },
    ),
    /** The local authority areas, in the order the site lists them; each has a front door, `<id>-children-social-care`. */
    localAreas: z
      .array(siteAreaSchema, { error: 'is missing: list the local authority areas, each with an id and a name' })
      .min(1, { error: 'must list at least one local authority area, with an id and a name' }),
    /** Helps a reader who is not sure which area a child lives in; shown on the contacts page. */
    whichArea: z.string().trim().min(1, { error: 'is empty: say which council covers which places, or remove the field' }).optional(),
    /** The feed of changes, as feed readers show it. */
    feed: z.strictObject(
      {
        title: nonEmpty('the feed\'s title, such as "Changes to North County safeguarding children documents"'),
        author: nonEmpty('who publishes the feed, such as "North County Safeguarding Children Partnership"'),
      },
      { error: fieldGroup('the feed\'s title and author') },
    ),
    /** The site installed on a phone's home screen (the web app manifest). */
    app: z.strictObject(
      {
        name: nonEmpty('the app\'s name, shown when the site is installed'),
        /** Under the icon on a home screen, where about 12 to 16 characters fit. */
        shortName: nonEmpty('a short name for under the home-screen icon')
          .max(16, { error: 'is too long: a phone shows about 16 characters under an icon, so keep it to 16 at most' }),
        description: nonEmpty('a sentence saying what the app is'),
      },
      { error: fieldGroup('the app\'s name, shortName and description') },
    ),
    /** The browser bar and the installed app's splash screen. */
    colours: z.strictObject(
      { theme: colourSchema, background: colourSchema },
      { error: fieldGroup('the theme and background colours, such as theme: "#1d3f72"') },
    ),
  })
  .superRefine((site, ctx) => {
    // Each area id must name one area only, so a contact's area is never ambiguous.
    const seen = new Set([site.region.id, NATIONAL_AREA]);
    site.localAreas.forEach((area, i) => {
      if (seen.has(area.id)) {
        ctx.addIssue({ code: 'custom', path: ['localAreas', i, 'id'], message: `"${area.id}" is already used${area.id === NATIONAL_AREA ? ' for national services' : ''}: give each area its own id` });
      }
      seen.add(area.id);
    });
    if (site.region.id === NATIONAL_AREA) {
      ctx.addIssue({ code: 'custom', path: ['region', 'id'], message: `"${NATIONAL_AREA}" is kept for national services: give the region its own id` });
    }
  });

export const subgroupSchema = z.object({
  name: nonEmpty('the group\'s name'),
  /** What the group is for, in a sentence or two. */
  remit: nonEmpty('the group\'s remit'),
  /** The partnerships it serves: both for a joint group, one for a single-partnership group. */
  serves: z.array(idSchema).min(1, { error: 'must name at least one partnership' }),
  /** The id of the group or board it reports to; empty for the partnership boards themselves. */
  reportsTo: z.array(idSchema).default([]),
  /** How often it meets, e.g. "Quarterly". */
  meets: nonEmpty('how often the group meets, such as "Quarterly"'),
  /** The chair's role, never a person's name: e.g. "Head of Service, Safeguarding (local authority)". */
  chair: nonEmpty('the chair\'s role (not a person\'s name)'),
  /** How many months between reviews of the documents this group owns; used by `npm run new`. */
  reviewCycleMonths: z.number().int().min(1).max(MAX_REVIEW_INTERVAL_MONTHS).default(24),
  /** The repository team whose approval a change to this group's documents needs (CODEOWNERS). */
  codeReviewTeam: z.string().regex(/^@[\w-]+\/[\w-]+$/, { error: 'must be a team such as "@your-organisation/policy-and-procedures"' }).optional(),
});

export const glossarySchema = z.object({
  term: described(nonEmpty('the term'), 'The term or acronym as practitioners write it, such as `FII`.'),
  expansion: described(z.string().trim().min(1).optional(), 'What an acronym stands for, such as `Fabricated or induced illness`. Leave it empty for a term that is not an acronym.'),
  definition: described(nonEmpty('a plain-English definition'), 'What it means, in plain English, in a sentence or two.'),
  alsoKnownAs: described(
    z.array(z.string().trim().min(1)).default([]),
    'Other words for exactly the same thing (older names, spellings, spelled-out forms). Search treats them as the term, so list only words that mean the same.',
  ),
  timescales: described(z.array(idSchema).default([]), 'National timescales for this term, from the timescales; shown after the definition.'),
});

const phone = z.string().regex(/^[0-9 ]{3,16}$/, { error: 'must be a phone number of digits and spaces, such as "0800 1111"' });

/**
 * Where a contact's number comes from: a seed document (the partnerships' own publications) or an
 * official public web page, such as the council's or the national service's own site.
 */
export const contactSourceSchema = z.object({
  title: described(
    nonEmpty('the title of the document or web page the number comes from'),
    'The title of the seed document or official web page that gives the number, such as the council\'s page for reporting a concern about a child.',
  ),
  url: described(
    z
      .url({ error: 'must be a full web address starting https://' })
      .regex(/^https:\/\//, { error: 'must start https:// (a secure address)' })
      .optional(),
    'The page\'s address, for a web page: an official public page starting `https://`.',
  ),
});

/** The checker's message for a number with no source: it names the field and the fix. */
export const CONTACT_SOURCE_MISSING =
  'is missing: a phone number must say where it comes from. Add source with a title (the seed document or official web page that gives the number) and the page\'s url, or remove phone and outOfHoursPhone so the site shows the number as to be confirmed';

export const contactSchema = z
  .object({
    // Checked against site.yaml's areas in rules/data-files.ts.
    area: described(
      z
        .string({ error: `is missing: add the area the service covers, an id from content/site.yaml or "${NATIONAL_AREA}"` })
        .regex(ID, { error: `must be an area id from content/site.yaml (its region or one of its localAreas), or "${NATIONAL_AREA}"` }),
      `Where the service covers: an area id from \`content/site.yaml\` (its region or one of its local areas), or \`${NATIONAL_AREA}\`.`,
    ),
    service: described(nonEmpty('the service\'s name'), 'The service\'s name, never a person\'s.'),
    for: described(nonEmpty('who the contact is for'), 'Who should use it, and when.'),
    phone: described(
      phone.optional(),
      'The service\'s own number, never a person\'s direct line, copied from its source. Leave it empty while no source gives one: the site then shows "Number to be confirmed" and sends readers to the area\'s front door.',
    ),
    outOfHoursPhone: described(phone.optional(), 'The number to ring outside office hours, from the same source.'),
    hours: described(
      z.string().trim().min(1).optional(),
      'When the main line is answered, as the source says, such as `Monday to Friday 9am to 5pm`.',
    ),
    web: described(z.url({ error: 'must be a full web address starting https://' }).optional(), 'The service\'s own web page, starting `https://`.'),
    source: described(
      contactSourceSchema.optional(),
      'Where the numbers and hours come from. Needed whenever there is a phone number: never a number from memory.',
    ),
    emergency: described(z.boolean().default(false), 'Tick for the emergency routes (such as 999), which every list shows first.'),
  })
  .superRefine((contact, ctx) => {
    if ((contact.phone !== undefined || contact.outOfHoursPhone !== undefined) && contact.source === undefined) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: CONTACT_SOURCE_MISSING });
    }
  });


/**
 * A level of need, 1 (universal) to 4 (specialist and statutory). Every check carries the same
 * message, so a wrong number gives the editor one plain sentence rather than zod's own wording.
 */
const LEVEL_MESSAGE = 'must be 1, 2, 3 or 4, written as a number: the threshold document has four levels of need';
export const levelNumberSchema = z
  .int({ error: LEVEL_MESSAGE })
  .min(THRESHOLD_LEVELS[0], { error: LEVEL_MESSAGE })
  .max(THRESHOLD_LEVELS.at(-1)!, { error: LEVEL_MESSAGE });


/** An entry of a list file's id: what other files and addresses name it by. */
const listItemIdSchema = (example: string) =>
  described(
    z.string({ error: `is missing: every entry in the list starts with its id, such as "- id: ${example}"` }).regex(ID, { error: 'must be lower-case letters, numbers and single hyphens' }),
    `The entry's id: lower-case letters, numbers and hyphens, such as \`${example}\`. Other files and the page's links name it by this, so keep it when you change the text.`,
  );

export const thresholdLevelSchema = z.object({
  id: listItemIdSchema('level-2'),
  level: described(levelNumberSchema, 'The level\'s number, 1 (universal) to 4 (specialist and statutory).'),
  name: described(nonEmpty('the level\'s name'), 'The level\'s name, such as `Early help (additional needs)`.'),
  description: described(nonEmpty('what children at this level need'), 'What children at this level need.'),
  response: described(nonEmpty('the expected response'), 'What practitioners should do.'),
  whoToContact: described(nonEmpty('who to contact'), 'Who to contact, in words.'),
  contacts: described(z.array(idSchema).default([]), 'The contacts whose numbers the level shows.'),
  consent: described(nonEmpty('what the consent position is'), 'Whether and how to seek consent at this level.'),
  // The threshold page states each exception in the same words (CONSENT_EXCEPTION_TEXT), so the
  // rule is in the data, not only in prose.
  consentExceptions: described(
    z.array(z.enum(CONSENT_EXCEPTIONS, { error: `must be one of: ${CONSENT_EXCEPTIONS.join(', ')}` })).default([]),
    'When to refer or share without seeking consent, and record why: `risk-of-harm`, `loss-of-evidence` or `undue-delay`. The page states each in the same words.',
  ),
});

export const thresholdIndicatorSchema = z.object({
  id: listItemIdSchema('dn-health-2-01'),
  level: described(levelNumberSchema, 'The level of need it suggests, 1 to 4.'),
  domain: described(
    z.enum(DOMAINS, { error: `must be one of: ${DOMAINS.join(', ')}` }),
    'The side of the Assessment Framework it belongs to.',
  ),
  area: described(nonEmpty('the sub-area, such as "Health"'), 'The sub-area within the domain, such as `Health` or `Basic care`.'),
  text: described(
    nonEmpty('the indicator text'),
    'The indicator, written as something a practitioner might see. Indicators are examples to support judgement, not a checklist.',
  ),
  procedures: described(z.array(idSchema).default([]), 'The procedures that apply.'),
  socialCare: described(
    socialCareSchema.optional(),
    '`refer` or `notify` where a linked procedure tells practitioners to tell children\'s social care whatever the level. It must match the procedure\'s own.',
  ),
});

/**
 * A national timescale (content/timescales/), stated once and shown wherever it applies:
 * documents write `<Timescale id="..." />` or `<Timescales ids="... ..." />`, the glossary names
 * it in `timescale:`. So one timescale can never be stated two ways.
 */
export const timescaleSchema = z.object({
  step: described(
    nonEmpty('the step the timescale is for, such as "Initial child protection conference"'),
    'The step the timescale is for, such as `Initial child protection conference`.',
  ),
  timescale: described(
    nonEmpty('the timescale, such as "within 15 working days of the last strategy discussion"'),
    'The timescale, read after the step, such as `within 15 working days of the strategy discussion`.',
  ),
  duty: described(
    z.enum(['must', 'should'], { error: 'must be "must" (set in law) or "should" (statutory guidance)' }),
    '`must` where the timescale is set in law; `should` where it comes from statutory guidance.',
  ),
  source: described(sourceSchema, 'Where it is set: the Act and section, or the guidance and its chapter or paragraph, with its address.'),
});

/**
 * The data collections' schemas by collection name, as src/content.config.ts names them: Astro,
 * the content gate (loadable.ts), the CMS generator and the tests read them from here.
 */
export const dataSchemas = {
  partnerships: partnershipSchema,
  subgroups: subgroupSchema,
  glossary: glossarySchema,
  contacts: contactSchema,
  timescales: timescaleSchema,
  thresholdLevels: thresholdLevelSchema,
  thresholdIndicators: thresholdIndicatorSchema,
  site: siteSchema,
} as const;

export type Partnership = z.output<typeof partnershipSchema>;
export type SiteIdentity = z.output<typeof siteSchema>;
export type Subgroup = z.output<typeof subgroupSchema>;
export type GlossaryEntry = z.output<typeof glossarySchema>;
export type Contact = z.output<typeof contactSchema>;
export type ThresholdLevel = z.output<typeof thresholdLevelSchema>;
export type ThresholdIndicator = z.output<typeof thresholdIndicatorSchema>;
export type Timescale = z.output<typeof timescaleSchema>;
