import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BRIEFING_SECTIONS } from '../../src/lib/content/vocabulary.ts';
import { REFLECTIVE_SECTION_ID, REFLECTIVE_SECTION_NUMBER, sectionNumber } from '../../src/lib/briefings/content.ts';
import { searchWithTheme, themeCountSentence, themeFromSearch, themeSlug } from '../../src/lib/briefings/themes.ts';

test('sectionNumber numbers the seven headings by the ids Astro gives them', () => {
  assert.equal(sectionNumber('background'), 1);
  assert.equal(sectionNumber('why-it-matters'), 2);
  assert.equal(sectionNumber('questions-for-your-team'), 5);
  assert.equal(sectionNumber('find-out-more'), BRIEFING_SECTIONS.length);
  assert.equal(sectionNumber('something-else'), null);
  assert.equal(sectionNumber(undefined), null);
});

test('the reflective section is found by number and id', () => {
  assert.equal(REFLECTIVE_SECTION_ID, 'questions-for-your-team');
  assert.equal(REFLECTIVE_SECTION_NUMBER, 5);
});

test('themeSlug makes anchor ids from theme names', () => {
  assert.equal(themeSlug('Babies and infants'), 'babies-and-infants');
  assert.equal(themeSlug('Exploitation & harm outside the home'), 'exploitation-harm-outside-the-home');
  assert.equal(themeSlug(' Neglect! '), 'neglect');
});

test('themeFromSearch accepts only a known theme, ignoring case', () => {
  const themes = ['Babies and infants', 'Neglect'];
  assert.equal(themeFromSearch('?theme=Neglect', themes), 'Neglect');
  assert.equal(themeFromSearch('?theme=babies+and+infants', themes), 'Babies and infants');
  assert.equal(themeFromSearch('?theme=Babies%20and%20infants', themes), 'Babies and infants');
  assert.equal(themeFromSearch('?theme=Astrology', themes), '');
  assert.equal(themeFromSearch('', themes), '');
});

test('searchWithTheme sets or removes the theme and keeps other parameters', () => {
  assert.equal(searchWithTheme('Babies and infants'), '?theme=Babies+and+infants');
  assert.equal(searchWithTheme('', '?theme=Neglect'), '');
  assert.equal(searchWithTheme('Neglect', '?lang=cy&theme=Old'), '?lang=cy&theme=Neglect');
});

test('themeCountSentence says how many briefings show', () => {
  assert.equal(themeCountSentence(3, 14, 'Neglect'), 'Showing 3 briefings about Neglect, of 14.');
  assert.equal(themeCountSentence(1, 14, 'Neglect'), 'Showing 1 briefing about Neglect, of 14.');
  assert.equal(themeCountSentence(14, 14, ''), 'Showing all 14 briefings.');
});
