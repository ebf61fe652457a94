/**
 * The search relevance suite: questions written the way practitioners and the public ask them
 * (plain words, acronyms, misspellings, American spellings, whole questions), each with the page
 * that must appear in the top three results. Run by tests/e2e/search-relevance.spec.ts against the
 * built site through the search page itself.
 *
 * Add a case whenever someone reports a search that let them down. Never tune the search for one
 * query: a change to ranking must keep every case passing.
 */
export interface RelevanceCase {
  query: string;
  /** The site path that must be in the top three. */
  expect: string;
  /** What kind of asking the case stands for. */
  kind: 'plain words' | 'acronym' | 'expansion' | 'question' | 'misspelling' | 'american spelling' | 'everyday words';
}

export const RELEVANCE_CASES: RelevanceCase[] = [
  // Babies and injuries
  { query: 'bruise on a 3 month old', expect: '/procedures/bruising-in-non-mobile-children/', kind: 'question' },
  { query: 'bruising non mobile baby', expect: '/procedures/bruising-in-non-mobile-children/', kind: 'plain words' },
  { query: 'pediatric assessment for a bruised baby', expect: '/procedures/bruising-in-non-mobile-children/', kind: 'american spelling' },
  { query: 'shaken baby', expect: '/briefings/coping-with-crying/', kind: 'everyday words' },
  { query: 'ICON crying', expect: '/briefings/coping-with-crying/', kind: 'acronym' },
  { query: 'co-sleeping', expect: '/procedures/safe-sleep/', kind: 'plain words' },
  { query: 'cot death', expect: '/procedures/safe-sleep/', kind: 'everyday words' },
  { query: 'SUDI', expect: '/procedures/safe-sleep/', kind: 'acronym' },
  { query: 'bath seat', expect: '/briefings/bath-seats/', kind: 'plain words' },
  { query: 'unborn baby assessment', expect: '/procedures/pre-birth-planning/', kind: 'plain words' },
  { query: 'hidden pregnancy', expect: '/procedures/concealed-pregnancy/', kind: 'everyday words' },

  // Section 47, strategy and conferences
  { query: 's47 timescales', expect: '/procedures/section-47-enquiries/', kind: 'acronym' },
  { query: 's47', expect: '/procedures/section-47-enquiries/', kind: 'acronym' },
  { query: 'section 47', expect: '/procedures/section-47-enquiries/', kind: 'expansion' },
  { query: 'section 17', expect: '/procedures/children-in-need/', kind: 'expansion' },
  { query: 's17', expect: '/procedures/children-in-need/', kind: 'acronym' },
  { query: 'child protection enquiry', expect: '/procedures/section-47-enquiries/', kind: 'expansion' },
  { query: 'strategy meeting', expect: '/procedures/strategy-discussions/', kind: 'everyday words' },
  { query: 'ICPC', expect: '/procedures/child-protection-conferences/', kind: 'acronym' },
  { query: 'initial child protection conference', expect: '/procedures/child-protection-conferences/', kind: 'expansion' },
  { query: 'core group', expect: '/procedures/child-protection-conferences/', kind: 'plain words' },

  // Abuse and exploitation
  { query: 'FII', expect: '/procedures/fabricated-or-induced-illness/', kind: 'acronym' },
  { query: 'fabricated illness', expect: '/procedures/fabricated-or-induced-illness/', kind: 'expansion' },
  { query: 'Munchausen by proxy', expect: '/procedures/fabricated-or-induced-illness/', kind: 'everyday words' },
  { query: 'CSE', expect: '/procedures/child-sexual-exploitation/', kind: 'acronym' },
  { query: 'child sexual exploitation grooming', expect: '/procedures/child-sexual-exploitation/', kind: 'plain words' },
  { query: 'county lines', expect: '/procedures/child-criminal-exploitation/', kind: 'plain words' },
  { query: 'cuckooing', expect: '/procedures/child-criminal-exploitation/', kind: 'plain words' },
  { query: 'new phones', expect: '/procedures/child-criminal-exploitation/', kind: 'everyday words' },
  { query: 'MARAC', expect: '/procedures/domestic-abuse/', kind: 'acronym' },
  { query: 'domestic violence', expect: '/procedures/domestic-abuse/', kind: 'everyday words' },
  { query: 'FGM', expect: '/procedures/female-genital-mutilation/', kind: 'acronym' },
  { query: 'female circumcision', expect: '/procedures/female-genital-mutilation/', kind: 'everyday words' },
  { query: 'sexting', expect: '/procedures/harmful-sexual-behaviour/', kind: 'everyday words' },
  { query: 'harmful sexual behavior', expect: '/procedures/harmful-sexual-behaviour/', kind: 'american spelling' },
  { query: 'radicalization', expect: '/procedures/radicalisation-and-prevent/', kind: 'american spelling' },
  { query: 'Prevent referral extremism', expect: '/procedures/radicalisation-and-prevent/', kind: 'plain words' },
  { query: 'NRM', expect: '/procedures/trafficking-and-modern-slavery/', kind: 'acronym' },
  { query: 'child trafficking', expect: '/procedures/trafficking-and-modern-slavery/', kind: 'plain words' },
  { query: 'neglet', expect: '/procedures/neglect/', kind: 'misspelling' },
  { query: 'neglected child dirty and hungry', expect: '/procedures/neglect/', kind: 'question' },

  // Allegations, referrals and who to call
  { query: 'LADO', expect: '/procedures/allegations-against-staff/', kind: 'acronym' },
  { query: 'allegations against staff', expect: '/procedures/allegations-against-staff/', kind: 'expansion' },
  { query: 'teacher hurt a pupil', expect: '/procedures/allegations-against-staff/', kind: 'question' },
  { query: 'who do I call in Rutland out of hours', expect: '/contacts/', kind: 'question' },
  { query: 'report concern rutland night', expect: '/contacts/', kind: 'everyday words' },
  { query: 'worried about a child', expect: '/contacts/', kind: 'everyday words' },
  { query: 'how do I make a referral to social care', expect: '/procedures/making-a-referral/', kind: 'question' },
  { query: 'refferal form', expect: '/procedures/making-a-referral/', kind: 'misspelling' },
  // The glossary entry names what the acronym stands for (a result opens at the entry).
  { query: 'DSL', expect: '/glossary/', kind: 'acronym' },

  // Working together
  { query: 'professional disagreement escalation', expect: '/procedures/resolving-professional-disagreements/', kind: 'plain words' },
  { query: 'can I share information without consent', expect: '/procedures/information-sharing/', kind: 'question' },
  { query: 'levels of need', expect: '/thresholds/llr-threshold-document/', kind: 'plain words' },
  { query: 'threshold document', expect: '/thresholds/llr-threshold-document/', kind: 'plain words' },
  { query: 'step down to early help', expect: '/procedures/step-up-and-step-down/', kind: 'plain words' },
  { query: 'disguised compliance', expect: '/procedures/disguised-compliance-and-non-engagement/', kind: 'plain words' },
  { query: 'missed health appointments', expect: '/procedures/was-not-brought/', kind: 'everyday words' },
  { query: 'rapid review', expect: '/procedures/serious-incidents-and-practice-reviews/', kind: 'plain words' },
  { query: 'CDOP', expect: '/procedures/child-death-reviews/', kind: 'acronym' },

  // Particular children and families
  { query: 'child missing from home', expect: '/procedures/missing-children/', kind: 'plain words' },
  { query: 'home schooling', expect: '/procedures/elective-home-education/', kind: 'everyday words' },
  { query: 'child not in school', expect: '/procedures/children-missing-education/', kind: 'everyday words' },
  { query: 'child staying with a family friend', expect: '/procedures/private-fostering/', kind: 'question' },
  { query: 'self harm', expect: '/procedures/mental-health-self-harm-and-suicide/', kind: 'plain words' },
  { query: 'parents using drugs', expect: '/procedures/parental-substance-misuse/', kind: 'everyday words' },
  { query: 'methadone safe storage', expect: '/briefings/parental-drug-use-safe-storage/', kind: 'plain words' },
  { query: 'parent with a learning disability', expect: '/procedures/parental-learning-disability/', kind: 'plain words' },
  { query: 'disabled children', expect: '/procedures/disabled-children/', kind: 'plain words' },
  { query: 'family moving abroad on a child protection plan', expect: '/procedures/children-on-plans-leaving-the-uk/', kind: 'question' },
  { query: 'out of area placement', expect: '/procedures/children-placed-across-boundaries/', kind: 'plain words' },
  { query: 'fathers and male carers', expect: '/briefings/invisible-men/', kind: 'plain words' },

  // The partnerships
  { query: 'Leicester safeguarding arrangements', expect: '/arrangements/leicester/', kind: 'plain words' },
  { query: 'annual report 2021/22', expect: '/reports/leicestershire-rutland-2021-22/', kind: 'plain words' },
];

/**
 * The chapters practitioners searched for and did not find, each asked in their words: the
 * chapter must be the FIRST result, not merely in the top three.
 */
export const FIRST_RESULT_CASES: RelevanceCase[] = [
  { query: 'forced marriage', expect: '/procedures/honour-based-abuse-and-forced-marriage/', kind: 'plain words' },
  { query: 'honour based abuse', expect: '/procedures/honour-based-abuse-and-forced-marriage/', kind: 'plain words' },
  { query: 'child accused of witchcraft', expect: '/procedures/abuse-linked-to-faith-or-belief/', kind: 'question' },
  { query: 'online safety', expect: '/procedures/online-safety-and-online-abuse/', kind: 'plain words' },
  { query: 'sextortion', expect: '/procedures/online-safety-and-online-abuse/', kind: 'everyday words' },
  { query: 'sexual abuse in the family', expect: '/procedures/child-sexual-abuse-in-the-family/', kind: 'plain words' },
  { query: 'types of abuse', expect: '/procedures/recognising-abuse-and-neglect/', kind: 'plain words' },
  { query: 'organised abuse', expect: '/procedures/organised-and-complex-abuse/', kind: 'plain words' },
  { query: 'parental mental health', expect: '/procedures/parental-mental-health/', kind: 'plain words' },
  { query: 'young carers', expect: '/procedures/young-carers/', kind: 'plain words' },
  { query: 'MAPPA', expect: '/procedures/people-who-pose-a-risk-to-children/', kind: 'acronym' },
  { query: 'dad in prison', expect: '/procedures/children-of-prisoners/', kind: 'everyday words' },
  { query: 'age assessment asylum', expect: '/procedures/unaccompanied-asylum-seeking-children/', kind: 'plain words' },
  { query: 'homeless 17 year old', expect: '/procedures/homeless-16-and-17-year-olds/', kind: 'everyday words' },
  { query: 'appropriate adult police custody', expect: '/procedures/children-in-custody/', kind: 'plain words' },
  { query: 'knife crime', expect: '/procedures/serious-youth-violence-and-extra-familial-harm/', kind: 'everyday words' },
  { query: 'peer on peer abuse', expect: '/procedures/bullying-and-child-on-child-abuse/', kind: 'everyday words' },
  { query: 'under 13 sexually active', expect: '/procedures/sexually-active-children/', kind: 'plain words' },
  { query: 'child in need plan', expect: '/procedures/children-in-need/', kind: 'plain words' },
  { query: 'ABE interview', expect: '/procedures/child-witnesses-and-achieving-best-evidence/', kind: 'acronym' },
  { query: 'whistleblowing', expect: '/procedures/safer-recruitment-and-whistleblowing/', kind: 'plain words' },
  { query: 'section 20 consent', expect: '/procedures/section-20-accommodation/', kind: 'plain words' },
];

/** Pairs that name the same thing two ways: each pair must find the same top document. */
export const SAME_TOP_RESULT: [string, string][] = [
  ['FII', 'fabricated illness'],
  ['LADO', 'allegations against staff'],
  ['s47', 'section 47'],
  ['section 47', 'child protection enquiry'],
  ['CSE', 'child sexual exploitation'],
  ['MARAC', 'multi-agency risk assessment conference'],
  ['ICPC', 'initial child protection conference'],
  ['paediatric', 'pediatric'],
  ['behaviour', 'behavior'],
  ['safegaurding', 'safeguarding'],
  ['DSL', 'designated safeguarding lead'],
];
