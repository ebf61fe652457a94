import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  entriesUsedIn,
  formsOf,
  glossaryMatcher,
  glossaryQueryMap,
  recogniseGlossaryNames,
  searchKeywords,
} from '../../src/lib/search/glossary-keywords.ts';

const glossary = [
  { term: 'FII', expansion: 'Fabricated or induced illness', alsoKnownAs: ['fabricated illness', 'induced illness'] },
  { term: 'LADO', expansion: 'Local authority designated officer', alsoKnownAs: ['allegations against staff'] },
  { term: 'Section 47 enquiry', alsoKnownAs: ['s47', 's.47', 'child protection enquiry'] },
  { term: 'MARAC', expansion: 'Multi-agency risk assessment conference', alsoKnownAs: [] },
  { term: 'Prevent', alsoKnownAs: ['PREVENT', 'Prevent duty'] },
  { term: 'SMART', alsoKnownAs: ['SMART plan'] },
  { term: 'Paediatrician', alsoKnownAs: ['pediatrician', 'paediatric', 'pediatric'] },
];
const matcher = glossaryMatcher(glossary);
const names = (found: Set<number>) => [...found].map((i) => glossary[i]!.term).sort();

test('an entry has its term, expansion and other names, without repeats', () => {
  assert.deepEqual(
    formsOf({ term: 'DoLS', expansion: 'Deprivation of Liberty Safeguards', alsoKnownAs: ['DOLS', 'deprivation of liberty safeguards'] }),
    ['DoLS', 'Deprivation of Liberty Safeguards'],
  );
});

test('a document that uses any name of an entry uses the entry', () => {
  assert.deepEqual(names(entriesUsedIn('Where **fabricated illness** is suspected, call the LADO.', matcher)), ['FII', 'LADO']);
  assert.deepEqual(names(entriesUsedIn('A child protection enquiry (s.47) starts…', matcher)), ['Section 47 enquiry']);
  assert.deepEqual(names(entriesUsedIn('Refer to a Multi-Agency Risk Assessment Conference.', matcher)), ['MARAC']);
});

test('names must appear whole and in order', () => {
  assert.deepEqual(names(entriesUsedIn('illness that was induced; fabricated records', matcher)), []);
  assert.deepEqual(names(entriesUsedIn('FIIX and s470', matcher)), []);
  assert.deepEqual(names(entriesUsedIn('Section 47 enquiries', matcher)), ['Section 47 enquiry'], 'plurals match');
});

test('names written as acronyms only match words written in capitals', () => {
  assert.deepEqual(names(entriesUsedIn('Act early and set smart goals.', matcher)), []);
  assert.deepEqual(names(entriesUsedIn('Make a PREVENT referral with a SMART plan.', matcher)), ['Prevent', 'SMART']);
  // A term written as an ordinary capitalised word is not an acronym, so "Prevent" also
  // matches the verb: only a weak, body-level keyword, which the ranking keeps low.
  assert.deepEqual(names(entriesUsedIn('to prevent harm', matcher)), ['Prevent']);
});

test('names of what the title names are aliases; summary and tags give strong keywords; the body gives weak ones', () => {
  const keywords = searchKeywords(
    {
      title: 'Section 47 enquiries',
      summary: 'When a social worker must find out whether a child is at risk.',
      tags: ['LADO'],
      body: 'Some children have FII concerns. Ask a paediatric doctor.',
    },
    matcher,
  );
  assert.deepEqual(keywords.aliases, ['Section 47 enquiry', 's47', 's.47', 'child protection enquiry']);
  assert.deepEqual(keywords.strong, ['LADO', 'Local authority designated officer', 'allegations against staff']);
  // Names the search page recognises in a query are searched as the term, so the body level
  // keeps only the term and the single ordinary words.
  assert.deepEqual(keywords.weak, ['FII', 'Paediatrician', 'pediatrician', 'paediatric', 'pediatric']);
});

test('each keyword appears at its strongest level only, and tags are kept as written', () => {
  const keywords = searchKeywords(
    { title: 'FII', summary: 'About FII.', tags: ['FII', 'poisoning'], body: 'FII again. Fabricated illness.' },
    matcher,
  );
  assert.deepEqual(keywords.aliases, ['Fabricated or induced illness', 'fabricated illness', 'induced illness']);
  assert.deepEqual(keywords.strong, ['poisoning']);
  assert.deepEqual(keywords.weak, []);
});

test('the query map points multi-word and acronym names to their term', () => {
  const map = glossaryQueryMap(glossary);
  assert.equal(map['multi agency risk assessment conference'], 'MARAC');
  assert.equal(map['child protection enquiry'], 'Section 47 enquiry');
  assert.equal(map['prevent duty'], 'Prevent');
  assert.equal(map['pediatrician'], undefined, 'a single ordinary word is not worth a term');
  assert.equal(map['fii'], undefined, 'the term itself is not mapped');
});

test('glossary names in a query are searched as their term', () => {
  const map = glossaryQueryMap(glossary);
  assert.deepEqual(recogniseGlossaryNames('multi-agency risk assessment conference', map), { rest: '', terms: ['MARAC'] });
  assert.deepEqual(recogniseGlossaryNames('what is a child protection enquiry?', map), {
    rest: 'what is a ?',
    terms: ['Section 47 enquiry'],
  });
  assert.deepEqual(recogniseGlossaryNames('fabricated illness and allegations against staff', map), {
    rest: 'and',
    terms: ['FII', 'LADO'],
  });
  assert.deepEqual(recogniseGlossaryNames('Fabricated illness, fabricated illness', map), { rest: ',', terms: ['FII'] });
  assert.deepEqual(recogniseGlossaryNames('FII timescales', map), { rest: 'FII timescales', terms: [] }, 'a term is searched as typed');
  assert.deepEqual(recogniseGlossaryNames('bruising', map), { rest: 'bruising', terms: [] });
});
