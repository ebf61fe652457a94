import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentView, type ViewInputs } from '../../src/lib/document-page/view.ts';
import { glossaryMatcher } from '../../src/lib/search/glossary-keywords.ts';

const site = {
  region: { id: 'shire', name: 'The Shire' },
  localAreas: [
    { id: 'north', name: 'North' },
    { id: 'south', name: 'South' },
  ],
};
const contact = (service: string, area: string, phone?: string) => ({
  service,
  for: 'Concerns about a child',
  area,
  emergency: false,
  phone,
  source: { title: 'A page', url: 'https://example.gov.uk' },
});

function inputs(overrides: Partial<ViewInputs['doc']['data']> = {}, more: Partial<ViewInputs> = {}): ViewInputs {
  return {
    doc: {
      collection: 'procedures',
      id: 'neglect',
      data: {
        title: 'Neglect',
        summary: 'What to do about neglect.',
        owner: 'policy',
        version: '1.0',
        lastReviewed: '2026-01-01',
        nextReviewDue: '2027-01-01',
        status: 'published',
        audience: 'both',
        related: ['procedures/bruising', 'procedures/a-draft'],
        contacts: ['helpline', 'north-children-social-care'],
        tags: ['Wilful neglect'],
        ...overrides,
      },
      body: 'A child protection plan, or a CP plan.',
    },
    headings: [
      { depth: 2, slug: 'scope', text: 'Scope' },
      { depth: 2, slug: 'what-to-do', text: 'What to do' },
    ],
    site,
    subgroupNames: new Map([['policy', 'Policy group']]),
    partnerships: new Map([
      ['south-p', 'South'],
      ['north-p', 'North'],
    ]),
    contacts: new Map([
      ['helpline', { id: 'helpline', data: contact('A national helpline', 'national', '0800 000 000') }],
      [
        'north-children-social-care',
        { id: 'north-children-social-care', data: contact("North children's social care", 'north', '0100 000 000') },
      ],
      ['south-children-social-care', { id: 'south-children-social-care', data: contact("South children's social care", 'south') }],
    ]) as ViewInputs['contacts'],
    documents: new Map([['procedures/bruising', { collection: 'procedures' as const, id: 'bruising', data: { title: 'Bruising' } }]]),
    urlOf: (doc) => `/base/${doc.collection}/${doc.id}/`,
    lastCommit: undefined,
    historyLink: 'https://example.org/history',
    today: '2026-06-01',
    dueSoonDays: 60,
    formatDate: (date) => `on ${date}`,
    glossary: glossaryMatcher([{ term: 'CP plan', expansion: 'Child protection plan' }]),
    cmsUrl: undefined,
    ...more,
  };
}

test('a document view names its owner, its areas (all when it does not say) and its type', () => {
  const view = documentView(inputs());
  assert.deepEqual(view.owner, { id: 'policy', name: 'Policy group' });
  assert.deepEqual(view.appliesTo, ['North', 'South']);
  assert.equal(view.typeLabel, 'Procedure');
  assert.deepEqual(documentView(inputs({ appliesTo: ['south-p'] })).appliesTo, ['South']);
});

test('related documents that are not visible (drafts) are left out; the others carry their address', () => {
  assert.deepEqual(documentView(inputs()).related, [{ href: '/base/procedures/bruising/', title: 'Bruising', typeLabel: 'Procedure' }]);
});

test('contacts come local front door first, national last; front doors list only areas with a number', () => {
  const view = documentView(inputs());
  assert.deepEqual(
    view.contacts.map((c) => c.id),
    ['north-children-social-care', 'helpline'],
  );
  assert.deepEqual(
    view.contacts.map((c) => c.toConfirm),
    [false, false],
  );
  assert.deepEqual(
    view.frontDoors.map((door) => door.area.id),
    ['north'],
  );
});

test('the review status is worked out against the given day, and the history link only with a commit', () => {
  assert.equal(documentView(inputs()).review.state, 'current');
  const overdue = documentView(inputs({ nextReviewDue: '2026-05-01' }));
  assert.equal(overdue.review.state, 'overdue');
  assert.match(overdue.review.message ?? '', /on 2026-05-01/);
  assert.equal(documentView(inputs()).review.message, null);
  assert.equal(documentView(inputs()).historyLink, null);
  assert.equal(
    documentView(inputs({}, { lastCommit: { date: '2026-02-01T10:00:00Z' } as never })).historyLink,
    'https://example.org/history',
  );
});

test('the search record fills every filter group and the metadata results show', () => {
  const { search } = documentView(inputs({ audience: 'public' }));
  assert.deepEqual(search.filters, { type: ['Procedure'], owner: ['Policy group'], area: ['North', 'South'], audience: ['Public'] });
  assert.deepEqual(search.meta, { reviewed: '2026-01-01', summary: 'What to do about neglect.' });
  assert.deepEqual(search.keywords.strong, ['Wilful neglect']);
  assert.deepEqual(search.keywords.weak, ['CP plan']);
});

test('the "What to do" section is found by its heading', () => {
  assert.equal(documentView(inputs()).whatToDo, 'what-to-do');
  assert.equal(documentView(inputs({}, { headings: [] })).whatToDo, undefined);
});

test("a document links to its entry in the CMS for editors only when the build names the CMS's address", () => {
  assert.equal(documentView(inputs()).editLink, null);
  assert.equal(documentView(inputs({}, { cmsUrl: '  ' })).editLink, null);
  assert.equal(
    documentView(inputs({}, { cmsUrl: 'https://cms.example.org' })).editLink,
    'https://cms.example.org/#/collections/procedures/entries/neglect',
  );
  assert.equal(
    documentView(inputs({}, { cmsUrl: 'https://example.org/cms/' })).editLink,
    'https://example.org/cms/#/collections/procedures/entries/neglect',
  );
  assert.throws(() => documentView(inputs({}, { cmsUrl: 'cms.example.org' })), /CMS_URL "cms.example.org" is not a web address/);
});
