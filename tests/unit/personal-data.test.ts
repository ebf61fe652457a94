/**
 * "Personal data cannot be published": phone numbers that are not registered contacts, and every
 * email address, are errors wherever they are in the content; nothing else that merely has digits
 * in it is. The build refuses the same content: see the bad corpus's "phone-number-in-body" case,
 * which tests/build/bad-corpus.test.ts builds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { findEmails, findPhoneNumbers, nationalDigits, personalDataProblems } from '../../src/lib/content/rules/personal-data.ts';
import { copyFixture, edit, repoRoot, validFixture } from '../helpers/fixture.ts';

const UNREGISTERED =
  /looks like a phone number that is not a registered contact: add the service to content\/contacts\/ with its source, or remove it; never publish a person's direct line$/;
const EMAIL = /is an email address, and content cannot publish email addresses/;
/** The personal-data problems only, so that other rules' changes to the fixture do not matter here. */
const problemsIn = (dir: string) =>
  validateContent(readContent(repoRoot, dir), { today: '2026-06-01' })
    .problems.filter((p) => UNREGISTERED.test(p.message) || EMAIL.test(p.message))
    .map(formatProblem);
const PROCEDURE = 'procedures/fixture-procedure.mdx';
const BRIEFING = 'briefings/fixture-briefing.mdx';
const phones = (text: string) => findPhoneNumbers(text).map((found) => found.text);

/* ------------------------------------------------------------ what counts as a number */

test('UK numbers are found however they are spaced, hyphenated or bracketed', () => {
  const written = [
    '0116 496 0000',
    '01164960000',
    '0116-496-0000',
    '(0116) 496 0000',
    '(0116)496 0000',
    '01572 758407',
    '020 7946 0000',
    '07700 900123',
    '0800 789 321',
    '08000 121 700',
    '+44 116 496 0000',
    '+44 (0)116 496 0000',
    '+441164960000',
    '0044 116 496 0000',
    '0116\u00a0496\u00a00000',
  ];
  for (const number of written) assert.deepEqual(phones(`Ring ${number} today.`), [number], number);
});

test('a number is found in the middle of prose, in brackets, after a colon, and in a tel: link', () => {
  assert.deepEqual(phones('Contact: Sam (0116 3050000) or the team'), ['0116 3050000']);
  assert.deepEqual(phones('Tel: 0116 496 0000.'), ['0116 496 0000']);
  assert.deepEqual(phones('[call us](tel:01164960000)'), ['01164960000']);
  assert.deepEqual(phones('0116 496 0000 2026'), ['0116 496 0000'], 'a year after the number is not read into it');
  assert.deepEqual(phones('ring 0116 496 0000 or 0116 496 0001'), ['0116 496 0000', '0116 496 0001']);
});

test('the digits of +44 numbers are compared in their national form', () => {
  assert.equal(nationalDigits('+44 (0)116 454 1004'), '01164541004');
  assert.equal(nationalDigits('0044 116 454 1004'), '01164541004');
  assert.equal(nationalDigits('0116 454 1004'), '01164541004');
});

test('tricky things that are not phone numbers are not reported', () => {
  const notNumbers = [
    'section 47 of the Children Act 1989',
    'section 17(10) and section 47(1)(b)',
    'Children Act 1989, Children Act 2004 and the Children and Social Work Act 2017',
    'lastReviewed: 2026-12-06',
    'between 2019-09-29 and 2026-11-23',
    'on 01/05/2026 or 01-05-2026 or 01 05 2026',
    'version 1.2.3, version "2.1", v0.10.2',
    'within 15 working days, 10 working days, 45 working days',
    'within 24 hours; within 1 working day; at 09:00 or 17:30',
    'the search index is 1,517 kB; 1,234 children; 12,000 referrals',
    '£1,000,000 or £0.5 million; 0.5% of children',
    'paragraph 4.2.1 and paragraphs 12 to 17; chapter 3, 3.1.4',
    'ISBN 978 0 11 000000 0, ISBN 0 11 000000 0',
    'children aged 0 to 18, 0-19 services, 0-25 SEND',
    'call 999; the police on 101; NHS 111; Samaritans on 116 123',
    'https://www.legislation.gov.uk/ukpga/1989/41/section/47 and https://assets.publishing.service.gov.uk/media/65803fe31c0c2a000d18cf40/Working_together_2023.pdf',
    'www.example.org/0116496000012 and /procedures/0800-advice/',
    '2021/22 and 2023/24 reports; period "2021/22"',
    'a reference such as CR-0116-4960-000 or case 0116496000012',
    'lines 0116 to 0118 of the file',
  ];
  for (const text of notNumbers) assert.deepEqual(phones(text), [], text);
});

test('email addresses are found, including in mailto: links and written with (at)', () => {
  const emails = (text: string) => findEmails(text).map((found) => found.text);
  assert.deepEqual(emails('Email jo.bloggs@leicester.gov.uk today'), ['jo.bloggs@leicester.gov.uk']);
  assert.deepEqual(emails('[email us](mailto:team@example.org)'), ['team@example.org']);
  assert.deepEqual(emails('write to jo.bloggs (at) example.org'), ['jo.bloggs (at) example.org']);
  assert.deepEqual(emails('codeReviewTeam "@llr-safeguarding/policy" and https://medium.com/@someone'), []);
  assert.deepEqual(emails('look at the plan and meet at 10.30'), []);
});

/* ------------------------------------------------------------ the rule across the content */

test('the valid fixture, which mentions only registered numbers, has no problems', () => {
  assert.deepEqual(personalDataProblems(readContent(repoRoot, validFixture)), []);
});

test('a number pasted into a procedure body is an error naming its file, line and the fix', () => {
  const dir = copyFixture();
  edit(dir, PROCEDURE, "Children's social care.", "Children's social care, or the team manager on 0116 496 0000.");
  const problems = problemsIn(dir);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /procedures\/fixture-procedure\.mdx:30: body: "0116 496 0000" looks like a phone number/);
  assert.match(problems[0]!, UNREGISTERED);
});

test("a number in a briefing's frontmatter is an error on its field's line", () => {
  const dir = copyFixture();
  edit(dir, BRIEFING, 'sourceReview: A fixture rapid review', 'sourceReview: A fixture rapid review (ask on 07700 900123)');
  const problems = problemsIn(dir);
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0]!, /briefings\/fixture-briefing\.mdx:4: sourceReview: "07700 900123" looks like a phone number/);
});

test('a number in a frontmatter list is reported with the list item', () => {
  const dir = copyFixture();
  edit(
    dir,
    PROCEDURE,
    '  - title: Working Together to Safeguard Children 2023',
    '  - title: Working Together to Safeguard Children 2023\n  - title: Notes from a call to +44 (0)116 496 0000',
  );
  assert.match(
    problemsIn(dir).join('\n'),
    /fixture-procedure\.mdx:13: sources\[1\]\.title: "\+44 \(0\)116 496 0000" looks like a phone number/,
  );
});

test('a number in a YAML data file (glossary, threshold data, subgroups) is an error on its line', () => {
  const dir = copyFixture();
  edit(
    dir,
    'glossary/lado.yaml',
    'manages allegations against people who work with children.',
    'manages allegations against people who work with children. Ring 0116 496 0000.',
  );
  edit(
    dir,
    'threshold-data/indicators.yaml',
    'text: Bruising on a baby who is not yet mobile.',
    'text: Bruising on a baby who is not yet mobile. Phone 0116 496 0001.',
  );
  edit(dir, 'subgroups/policy-and-procedures.yaml', 'meets: Every two months', 'meets: Every two months (secretary 0116 496 0002)');
  const problems = problemsIn(dir).join('\n');
  assert.match(problems, /glossary\/lado\.yaml:3: definition: "0116 496 0000" looks like a phone number/);
  assert.match(problems, /threshold-data\/indicators\.yaml:10: dn-health-4-01\.text: "0116 496 0001" looks like a phone number/);
  assert.match(problems, /subgroups\/policy-and-procedures\.yaml:5: meets: "0116 496 0002" looks like a phone number/);
  assert.equal(problems.split('\n').length, 3, problems);
});

test('an unquoted number in YAML, which loses its leading 0, is still a phone number', () => {
  const dir = copyFixture();
  edit(dir, 'subgroups/policy-and-procedures.yaml', 'reviewCycleMonths: 24', 'reviewCycleMonths: 24\nhelpline: 01164960000');
  assert.match(problemsIn(dir).join('\n'), /policy-and-procedures\.yaml:\d+: helpline: "01164960000" looks like a phone number/);
});

test('an email address is an error in a body, in frontmatter and in a YAML data file', () => {
  const dir = copyFixture();
  edit(dir, PROCEDURE, 'The same day.', 'The same day. Send the form to jo.bloggs@leicester.gov.uk.');
  edit(dir, BRIEFING, 'summary: A briefing used by the tests.', 'summary: A briefing used by the tests. Questions to lscp@example.org.');
  edit(dir, 'glossary/lado.yaml', 'term: LADO', 'term: LADO\ncontact: lado@example.gov.uk');
  edit(
    dir,
    'contacts/nspcc-helpline.yaml',
    'for: Adults who are worried about a child',
    'for: Email help@example.org. Adults who are worried about a child',
  );
  const problems = problemsIn(dir);
  const emails = problems.filter((p) => EMAIL.test(p));
  assert.equal(emails.length, 4, problems.join('\n'));
  assert.match(emails.join('\n'), /fixture-procedure\.mdx:34: body: "jo\.bloggs@leicester\.gov\.uk" is an email address/);
  assert.match(emails.join('\n'), /fixture-briefing\.mdx:3: summary: "lscp@example\.org" is an email address/);
  assert.match(emails.join('\n'), /glossary\/lado\.yaml:2: contact: "lado@example\.gov\.uk" is an email address/);
  assert.match(emails.join('\n'), /contacts\/nspcc-helpline\.yaml:3: for: "help@example\.org" is an email address/);
});

test('registered numbers pass, however they are spaced, and in +44 form', () => {
  const dir = copyFixture();
  edit(
    dir,
    PROCEDURE,
    "Children's social care.",
    "Children's social care on 0116 454 1004 or 01164541004 or +44 116 454 1004; Rutland on 01572 758407; out of hours 0116 305 0005; the NSPCC on 0808 800 5000.",
  );
  assert.deepEqual(problemsIn(dir), []);
});

test('a number becomes registered by adding its service to content/contacts/, whose phone fields are the register', () => {
  const dir = copyFixture();
  edit(dir, PROCEDURE, "Children's social care.", 'The helpline on 0808 2000 247.');
  assert.match(problemsIn(dir).join('\n'), /"0808 2000 247" looks like a phone number/);
  writeFileSync(
    join(dir, 'contacts/domestic-abuse-helpline.yaml'),
    'area: national\nservice: National Domestic Abuse Helpline\nfor: Anyone experiencing domestic abuse.\nphone: 0808 2000 247\n',
  );
  assert.deepEqual(problemsIn(dir), []);
});

test('a number in a contact outside its phone fields must still be registered', () => {
  const dir = copyFixture();
  edit(
    dir,
    'contacts/rutland-children-social-care.yaml',
    'for: Anyone worried about a child who lives in Rutland.',
    'for: Anyone worried about a child who lives in Rutland, or the manager on 01572 000000.',
  );
  assert.match(problemsIn(dir).join('\n'), /contacts\/rutland-children-social-care\.yaml:3: for: "01572 000000" looks like a phone number/);
});

test('the manual itself has no email address and no false alarm: every number it reports is a real unregistered number', () => {
  const problems = personalDataProblems(readContent(repoRoot));
  assert.deepEqual(problems.filter((p) => EMAIL.test(p.message)).map(formatProblem), []);
  for (const problem of problems) {
    // Only the full shape of a UK number is ever reported.
    const written = /^"([^"]+)"/.exec(problem.message)![1]!;
    assert.match(nationalDigits(written), /^0\d{9,10}$/, formatProblem(problem));
  }
});
