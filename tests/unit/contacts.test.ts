/**
 * Contacts with provenance: every number says where it comes from, and a route with no sourced
 * number is "to confirm", shown with its fallback and listed for the business office until an
 * editor adds a number.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent, entriesOf } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { areaName, contactCardId, contactOrder, fallbackFor, frontDoors, isToConfirm } from '../../src/lib/contacts/contacts.ts';
import { reportCsv, reportJson, reportTable } from '../../scripts/lib/review-output.ts';
import { contactsToConfirm, reviewReport, type ReviewedContact, type ReviewedDocument } from '../../src/lib/review/report.ts';
import { CONTACT_SOURCE_MISSING, contactSchema, siteSchema } from '../../src/lib/content/schema.ts';
import { copyFixture, edit, repoRoot } from '../helpers/fixture.ts';
import { runScript } from '../helpers/run-script.ts';

const base = { area: 'national', service: 'A helpline', for: 'Anyone who needs it.' };
const SOURCE = { title: 'The helpline: contact us', url: 'https://example.org/contact' };

const issues = (data: unknown) => {
  const result = contactSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the contact schema', () => {
  test('a phone number with no source fails, naming the field and the fix', () => {
    assert.deepEqual(issues({ ...base, phone: '0800 000 000' }), [`source: ${CONTACT_SOURCE_MISSING}`]);
    assert.match(
      CONTACT_SOURCE_MISSING,
      /^is missing: .*Add source with a title .* and the page's url, or remove phone and outOfHoursPhone/,
    );
  });

  test('an out-of-hours number alone needs a source too', () => {
    assert.deepEqual(issues({ ...base, outOfHoursPhone: '0116 305 0005' }), [`source: ${CONTACT_SOURCE_MISSING}`]);
  });

  test('a sourced number passes, with or without a web address for the source', () => {
    assert.deepEqual(issues({ ...base, phone: '0800 000 000', source: SOURCE }), []);
    assert.deepEqual(issues({ ...base, phone: '0800 000 000', source: { title: 'A seed document, appendix B' } }), []);
  });

  test('a contact with no number needs no source: it is to confirm', () => {
    assert.deepEqual(issues(base), []);
    assert.equal(isToConfirm(contactSchema.parse(base)), true);
    assert.equal(isToConfirm(contactSchema.parse({ ...base, phone: '116 123', source: SOURCE })), false);
  });

  test('a source needs a title, and its address must be https', () => {
    assert.match(issues({ ...base, phone: '999', source: { url: 'https://example.org' } }).join('\n'), /^source\.title: is missing/);
    assert.match(
      issues({ ...base, phone: '999', source: { title: 'Page', url: 'http://example.org' } }).join('\n'),
      /^source\.url: must start https:\/\//,
    );
  });
});

describe('the checker', () => {
  test('prints file:line: field: message for a number with no source', () => {
    const dir = copyFixture();
    edit(dir, 'contacts/nspcc-helpline.yaml', /^source:\n {2}title: .*\n/m, '');
    const problems = validateContent(readContent(repoRoot, dir)).problems.filter((p) => p.file.includes('/contacts/'));
    assert.equal(problems.length, 1, problems.map(formatProblem).join('\n'));
    assert.ok(
      formatProblem(problems[0]!).endsWith(`contacts/nspcc-helpline.yaml:1: source: ${CONTACT_SOURCE_MISSING}`),
      formatProblem(problems[0]!),
    );
  });

  test("a contact's area must be one content/site.yaml lists, or national", () => {
    const dir = copyFixture();
    edit(dir, 'contacts/childline.yaml', /^area: national/m, 'area: westdale');
    const problems = validateContent(readContent(repoRoot, dir)).problems.map(formatProblem);
    assert.deepEqual(problems, [
      `${readContent(repoRoot, dir).folder}/contacts/childline.yaml:1: area: "westdale" is not an area in ${readContent(repoRoot, dir).folder}/site.yaml: use one of llr, leicester, leicestershire, rutland, national`,
    ]);
  });

  test("the site's own contacts all pass: every number has a source", () => {
    const problems = validateContent(readContent(repoRoot)).problems.filter((p) => p.file.startsWith('content/contacts/'));
    assert.deepEqual(problems.map(formatProblem), []);
  });
});

/** The site's areas, from content/site.yaml. */
const site = siteSchema.parse(readContent(repoRoot).data.site?.value);

describe("the site's contacts data", () => {
  const entries = entriesOf(readContent(repoRoot).data.contacts).map(({ id, value }) => [id, contactSchema.parse(value)] as const);

  test('every local area has the front door a to-confirm card sends readers to, with a sourced number', () => {
    assert.deepEqual(
      site.localAreas.map((area) => area.id),
      ['leicester', 'leicestershire', 'rutland'],
    );
    for (const { id: area } of site.localAreas) {
      const fallback = fallbackFor(site, area);
      assert.equal(fallback.kind, 'front-door');
      const door = entries.find(([id]) => fallback.kind === 'front-door' && id === fallback.contactId);
      assert.ok(door, `${area} has a front door`);
      assert.ok(door[1].phone && door[1].source, `${area}'s front door has a sourced number`);
    }
    assert.deepEqual(fallbackFor(site, 'llr'), { kind: 'police' });
    assert.deepEqual(fallbackFor(site, 'national'), { kind: 'police' });
  });

  test('every web address and source address is https', () => {
    for (const [id, contact] of entries) {
      if (contact.web) assert.match(contact.web, /^https:\/\//, id);
      if (contact.source?.url) assert.match(contact.source.url, /^https:\/\//, id);
    }
  });
});

describe('contacts to confirm in the review report', () => {
  const doc = (id: string, contacts: string[], status: ReviewedDocument['status'] = 'published'): ReviewedDocument => ({
    collection: 'procedures',
    id,
    title: `Title ${id}`,
    owner: 'alpha',
    status,
    lastReviewed: '2026-01-01',
    nextReviewDue: '2027-01-01',
    contacts,
  });
  const documents = [
    doc('allegations', ['leicester-lado', 'emergency-999']),
    doc('other', ['leicester-lado']),
    doc('draft', ['rutland-lado'], 'draft'),
  ];
  const contacts: ReviewedContact[] = [
    { id: 'emergency-999', service: 'Emergency', area: 'national', areaName: areaName(site, 'national'), phone: '999' },
    { id: 'leicester-lado', service: 'Leicester LADO', area: 'leicester', areaName: areaName(site, 'leicester') },
    { id: 'rutland-lado', service: 'Rutland LADO', area: 'rutland', areaName: areaName(site, 'rutland') },
  ];
  const options = { today: '2026-06-01', dueSoonDays: 60, ownerNames: new Map([['alpha', 'Alpha Group']]) };

  test('lists each contact with no number, with the published documents that name it, most named first', () => {
    const list = contactsToConfirm(contacts, documents);
    assert.deepEqual(
      list.map((c) => c.id),
      ['leicester-lado', 'rutland-lado'],
    );
    assert.deepEqual(
      list[0]!.namedBy.map((d) => d.id),
      ['allegations', 'other'],
    );
    assert.equal(list[0]!.areaName, 'Leicester', 'named as content/site.yaml names it');
    assert.deepEqual(list[1]!.namedBy, [], 'a draft does not count as naming it');
  });

  test('a contact leaves the list once an editor adds a number', () => {
    const before = reviewReport(documents, { ...options, contacts });
    assert.equal(before.contactsToConfirm.length, 2);
    const filled = contacts.map((c) => (c.id === 'leicester-lado' ? { ...c, phone: '0116 000 0000' } : c));
    const after = reviewReport(documents, { ...options, contacts: filled });
    assert.deepEqual(
      after.contactsToConfirm.map((c) => c.id),
      ['rutland-lado'],
    );
  });

  test("who names a contact is looked up in the documents given for it, not only one owner's", () => {
    const report = reviewReport([], { ...options, contacts, contactDocuments: documents });
    assert.equal(report.contactsToConfirm[0]!.namedBy.length, 2);
    assert.equal(reviewReport([], { ...options, contacts }).contactsToConfirm[0]!.namedBy.length, 0);
  });

  test('JSON, CSV and the table all list them', () => {
    const report = reviewReport(documents, { ...options, contacts });
    const json = JSON.parse(reportJson(report));
    assert.deepEqual(json.contactsToConfirm[0], {
      id: 'leicester-lado',
      service: 'Leicester LADO',
      area: 'leicester',
      areaName: 'Leicester',
      address: '/contacts/#contact-leicester-lado',
      file: 'content/contacts/leicester-lado.yaml',
      namedBy: [
        { title: 'Title allegations', address: '/procedures/allegations/' },
        { title: 'Title other', address: '/procedures/other/' },
      ],
    });
    const csv = reportCsv(report).trimEnd().split('\r\n');
    assert.equal(csv.filter((line) => line.includes(',to-confirm,')).length, 2);
    assert.ok(
      csv.includes(
        ',Leicester,to-confirm,,,,Contact,Leicester LADO,/contacts/#contact-leicester-lado,content/contacts/leicester-lado.yaml',
      ),
    );
    const table = reportTable(report);
    assert.match(table, /Contact numbers to confirm: 2 \(add phone and source to each one's file in content\/contacts\/\)/);
    assert.match(table, /leicester-lado {2,}Leicester {2,}Leicester LADO {2,}Title allegations; Title other/);
    assert.match(table, /rutland-lado {2,}Rutland {2,}Rutland LADO {2,}no published document yet/);
  });

  test('with every number sourced, the report says so', () => {
    const report = reviewReport(documents, { ...options, contacts: [contacts[0]!] });
    assert.deepEqual(JSON.parse(reportJson(report)).contactsToConfirm, []);
    assert.match(reportTable(report), /Contact numbers to confirm: none\./);
  });
});

describe('npm run reviews', () => {
  test('--format json lists a to-confirm contact and the documents naming it, until a number is added', async () => {
    const dir = copyFixture();
    writeFileSync(
      join(dir, 'contacts/leicester-lado.yaml'),
      'area: leicester\nservice: Leicester City Council designated officer (LADO)\nfor: Allegations against people who work with children.\n',
    );
    edit(
      dir,
      'procedures/fixture-procedure.mdx',
      'contacts: [emergency-999, leicester-children-social-care]',
      'contacts: [emergency-999, leicester-children-social-care, leicester-lado]',
    );
    const env = { CONTENT_DIR: dir, SITE_TODAY: '2026-06-01', REVIEW_DUE_SOON_DAYS: '' };
    const first = await runScript('scripts/reviews.ts', ['--format', 'json'], env);
    assert.equal(first.status, 0, first.stderr);
    const listed = JSON.parse(first.stdout).contactsToConfirm;
    assert.deepEqual(
      listed.map((c: { id: string }) => c.id),
      ['leicester-lado'],
    );
    assert.deepEqual(listed[0].namedBy, [{ title: 'Fixture procedure', address: '/procedures/fixture-procedure/' }]);

    // --owner narrows the documents, not the contacts or who names them.
    const owned = JSON.parse((await runScript('scripts/reviews.ts', ['--format', 'json', '--owner', 'leicester-board'], env)).stdout);
    assert.deepEqual(owned.contactsToConfirm[0].namedBy.length, 1);

    appendFileSync(join(dir, 'contacts/leicester-lado.yaml'), 'phone: 0116 000 0000\nsource:\n  title: A page that gives the number\n');
    const second = await runScript('scripts/reviews.ts', ['--format', 'json'], env);
    assert.equal(second.status, 0, second.stderr);
    assert.deepEqual(JSON.parse(second.stdout).contactsToConfirm, []);
  });
});

test('card ids stay unique when a page shows the same contact twice', () => {
  const used = new Map<string, number>();
  assert.deepEqual(
    ['a', 'b', 'a', 'a'].map((id) => contactCardId(id, used)),
    ['contact-a', 'contact-b', 'contact-a-2', 'contact-a-3'],
  );
});

test('each area leads with its front door, then its out-of-hours service; emergency routes come first of all', () => {
  const c = (id: string, area: string, service: string, emergency = false) => ({ id, data: { area, service, emergency } });
  const sorted = [
    c('leicester-lado', 'leicester', 'A designated officer'),
    c('childline', 'national', 'Childline'),
    c('leicester-out-of-hours', 'leicester', "Out-of-hours children's social care"),
    c('leicester-children-social-care', 'leicester', "Children's social care"),
    c('emergency-999', 'national', 'Emergency', true),
  ].sort(contactOrder(site));
  assert.deepEqual(
    sorted.map((x) => x.id),
    ['emergency-999', 'leicester-children-social-care', 'leicester-out-of-hours', 'leicester-lado', 'childline'],
  );
});

describe("another partnership's areas, from its own site.yaml", () => {
  const other = {
    region: { id: 'nw', name: 'Northby and Westdale' },
    localAreas: [
      { id: 'westdale', name: 'Westdale' },
      { id: 'northby', name: 'Northby' },
    ],
  };
  const c = (id: string, area: string, service: string, phone?: string) => ({ id, data: { area, service, emergency: false, phone } });

  test('areas are ordered as site.yaml lists them: the region, then each local area, then national services', () => {
    const sorted = [
      c('childline', 'national', 'Childline'),
      c('northby-children-social-care', 'northby', "Northby children's social care"),
      c('police-101', 'nw', 'Police'),
      c('westdale-children-social-care', 'westdale', "Westdale children's social care"),
    ].sort(contactOrder(other));
    assert.deepEqual(
      sorted.map((x) => x.id),
      ['police-101', 'westdale-children-social-care', 'northby-children-social-care', 'childline'],
    );
  });

  test('names, fallbacks and front doors come from its areas, not from any built-in list', () => {
    assert.deepEqual(
      ['nw', 'westdale', 'national', 'leicester'].map((area) => areaName(other, area)),
      ['Northby and Westdale', 'Westdale', 'National', 'leicester'],
    );
    assert.deepEqual(fallbackFor(other, 'northby'), { kind: 'front-door', contactId: 'northby-children-social-care' });
    assert.deepEqual(fallbackFor(other, 'leicester'), { kind: 'police' });
    const contacts = new Map(
      [c('northby-children-social-care', 'northby', 'Front door', '999'), c('westdale-children-social-care', 'westdale', 'Front door')].map(
        (x) => [x.id, x],
      ),
    );
    assert.deepEqual(
      frontDoors(other, contacts).map((door) => door.area.name),
      ['Northby'],
      'an area whose front door has no number is left out',
    );
  });
});
