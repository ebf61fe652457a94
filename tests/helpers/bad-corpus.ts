/**
 * The bad-input corpus: `tests/fixtures/bad/<case>/` each holds ONE file, at its path inside a
 * content folder, with one mistake an editor could make. Dropped into a copy of the valid fixture,
 * it must produce exactly the message below (file, line, field and the gist of the message) and
 * nothing else. The unit test runs the checker on every case; the build test runs `astro build`.
 */
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { copyFixture, repoRoot } from './fixture.ts';

export const badCorpus = join(repoRoot, 'tests/fixtures/bad');

/** The expected problem for each case: the line in the case's file, the field or rule, and the message's gist. */
export const expectations: Record<string, [line: number, field: string, message: RegExp]> = {
  // Frontmatter against the schemas
  'missing-title': [2, 'title', /^is missing: add a title/],
  'unknown-owner': [4, 'owner', /^"policy-and-procedure" is not a subgroup/],
  'impossible-date': [6, 'lastReviewed', /^"2026-02-30" is not a real date/],
  'next-review-before-last-review': [7, 'nextReviewDue', /^must be after lastReviewed/],
  'review-gap-too-long': [7, 'nextReviewDue', /^is more than three years after lastReviewed/],
  'unknown-status': [8, 'status', /^must be one of: draft, published, archived/],
  'bad-version': [5, 'version', /^must be a version number/],
  'yaml-syntax-error': [2, 'YAML', /quote/],
  'no-frontmatter': [1, 'YAML', /^the file has no frontmatter/],
  'alias-bomb-in-frontmatter': [8, 'YAML', /^anchors \(&\) and aliases \(\*\) are not allowed: write the value out in full$/],
  'alias-bomb-in-data-file': [6, 'YAML', /^anchors \(&\) and aliases \(\*\) are not allowed: write the value out in full$/],
  // Files that are not UTF-8 text. These fixtures are committed as they are: git sees the NUL
  // bytes of the picture and Word files and stores them untouched as binary; the Windows-encoded
  // file has plain \n line endings, so nothing rewrites it; Prettier skips tests/fixtures/.
  'not-utf8': [14, 'file contents', /^is not saved as UTF-8 \(line 14 .*\): save the file as UTF-8/],
  'picture-renamed-as-document': [1, 'file contents', /^is not a text file \(it may be a picture/],
  'word-document-renamed-as-data': [1, 'file contents', /^is not a text file \(it may be a picture/],
  'word-document-in-collection-folder': [1, 'file location', /^no collection reads this file/],
  'misspelt-field': [8, 'relatd', /^is not a field a procedure can have/],
  'placeholder-left-in-frontmatter': [8, 'tags[0]', /^still has the template's "TODO:" placeholder/],
  // Dates
  'last-reviewed-in-future': [6, 'lastReviewed', /^2099-01-10 is in the future/],
  'amendments-out-of-order': [11, 'amendments[1].date', /^is newer than the amendment above it/],
  'amendment-in-future': [9, 'amendments[0].date', /^is in the future/],
  // References between files
  'unknown-related-document': [8, 'related[0]', /^"procedures\/no-such-procedure" is not a document/],
  'unknown-contact': [8, 'contacts[0]', /^"no-such-contact" is not in content\/contacts\//],
  'unknown-partnership': [8, 'appliesTo[0]', /^"leicestershire" is not a partnership/],
  'subgroup-unknown-partnership': [3, 'serves[0]', /^"rutland" is not a partnership/],
  'partnership-missing-field': [1, 'statutoryPartners', /^is missing/],
  // Threshold data (threshold-data/levels.yaml and indicators.yaml)
  'threshold-indicator-unknown-domain': [
    3,
    'dn-health-1-01.domain',
    /^must be one of: developmental-needs, parenting-capacity, family-and-environment/,
  ],
  'threshold-indicator-unknown-procedure': [
    12,
    'dn-health-4-01.procedures[0]',
    /^"no-such-procedure" is not a procedure: use a file name from content\/procedures\//,
  ],
  'threshold-level-out-of-range': [25, 'level-4.level', /^must be 1, 2, 3 or 4/],
  'threshold-level-unknown-contact': [22, 'level-3.contacts[0]', /^"no-such-contact" is not in content\/contacts\//],
  'threshold-level-missing': [1, 'levels', /^level 4 is missing: the threshold document defines each of the levels 1, 2, 3 and 4 once/],
  'threshold-indicators-not-a-list': [1, 'file', /^must be a list of entries, each starting "- id:" on a line of its own/],
  'threshold-indicator-same-id': [
    6,
    'dn-health-1-01.id',
    /^"dn-health-1-01" is also the id of the entry on line 1: give each entry its own id$/,
  ],
  'threshold-level-twice': [
    25,
    'level-4.level',
    /^level 3 is also defined by level-3 \(line 16\); each level is defined once: did you mean level 4/,
  ],
  // Names, folders and duplicates
  'same-title-as-another': [2, 'title', /^"Fixture procedure" is also the title of .*fixture-procedure\.mdx/],
  'same-address-as-another': [8, 'redirectFrom[0]', /^the address \/procedures\/old-fixture-procedure\/ is already used by/],
  'redirect-over-a-site-page': [8, 'redirectFrom[0]', /^\/contacts\/ is the address of one of the site's own pages/],
  'unsafe-file-name': [1, 'file name', /^"Child Protection\.mdx" is not a safe web address: .*"child-protection\.mdx"/],
  'unsafe-yaml-file-name': [1, 'file name', /^use lower-case letters, numbers and hyphens only/],
  'briefing-in-procedures-folder': [1, 'file location', /^this looks like a 7-minute briefing .*move it to content\/briefings\//],
  'markdown-file-extension': [1, 'file location', /^no collection reads this file/],
  // Briefings
  'briefing-missing-section': [11, 'briefing sections', /^section 7 "Find out more" is missing/],
  'briefing-sections-out-of-order': [11, 'briefing sections', /^section 2 should be headed "Why it matters"/],
  // MDX safety
  'script-element': [14, 'MDX safety', /^<script> runs code/],
  'iframe-element': [14, 'MDX safety', /^<iframe> embeds another website/],
  'style-element': [14, 'MDX safety', /^<style> changes how the site looks/],
  'object-element': [14, 'MDX safety', /^<object> embeds a plug-in/],
  'embed-element': [14, 'MDX safety', /^<embed> embeds a plug-in/],
  'onclick-attribute': [12, 'MDX safety', /^the onClick attribute on <span> runs code/],
  'spread-attribute': [12, 'MDX safety', /^"\{\.\.\.props\}" in <span> runs code/],
  'javascript-link': [12, 'MDX safety', /^the link address "javascript:alert\(document\.cookie\)" starts with javascript:/],
  'javascript-href-attribute': [12, 'MDX safety', /^href="javascript:alert\(1\)" on <a> starts with javascript:/],
  'vbscript-link': [12, 'MDX safety', /^the link address "vbscript:msgbox" starts with vbscript:/],
  'data-url-image': [12, 'MDX safety', /^the image address "data:.*" starts with data:/],
  'import-statement': [12, 'MDX safety', /^"import Chart from .*": content cannot import code/],
  'export-statement': [12, 'MDX safety', /^"export const secret .*": exports run code/],
  'curly-brace-expression': [12, 'MDX safety', /^"\{fetch\(.*\)\}": curly braces run code/],
  'unapproved-component': [12, 'MDX safety', /^<Callout> is not one of the site's content components/],
  // MDX that cannot be read at all
  'unclosed-curly-brace': [12, 'MDX syntax', /^the text cannot be read: curly braces \{ \} start code/],
  'html-comment': [12, 'MDX syntax', /^the text cannot be read: HTML comments/],
  'less-than-sign': [12, 'MDX syntax', /^the text cannot be read: a < starts an HTML tag/],
  // Structure
  'image-without-alt-text': [12, 'images', /^the image "\/favicon\.svg" has no alternative text/],
  'image-from-another-website': [12, 'images', /^"https:\/\/example\.org\/logo\.png" is on another website/],
  'image-not-in-public': [12, 'images', /^"\/images\/no-such-flowchart\.png" is not a file in public\//],
  'skipped-heading-level': [14, 'headings', /^"#### Detail" skips a level after a level-2 heading/],
  'h1-in-body': [10, 'headings', /^a "# " heading makes a second page title/],
  'placeholder-left-in-body': [12, 'placeholder', /^the template's "TODO:" placeholder is still here/],
  // Personal data (src/lib/content/rules/personal-data.ts)
  'phone-number-in-body': [
    12,
    'body',
    /^"0116 496 0000" looks like a phone number that is not a registered contact: add the service to content\/contacts\/ with its source/,
  ],
  // Links
  'link-to-missing-document': [12, 'links', /^"\/procedures\/no-such-procedure\/" is not a document/],
  'relative-link-to-missing-document': [12, 'links', /^"\.\.\/no-such-procedure\/" is not a document/],
  'link-to-missing-heading': [12, 'links', /^"#no-such-heading" is not a heading on this page: headings there are #scope/],
  'link-to-missing-heading-elsewhere': [
    12,
    'links',
    /^"#what-to-do-next" is not a heading in .*fixture-procedure\.mdx: headings there are #scope, #what-to-do/,
  ],
  'link-without-trailing-slash': [12, 'links', /^"\/procedures\/fixture-procedure" needs a slash at the end/],
  'link-to-draft': [12, 'links', /^"\/procedures\/fixture-draft\/" links to a draft/],
  'link-to-missing-page': [12, 'links', /^"\/contact-us\/" is not a page on this site/],
};

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });
}

export const caseNames = () => readdirSync(badCorpus).sort();

/** The one file of a case, relative to the content folder, such as `procedures/script-element.mdx`. */
export function caseFile(name: string): string {
  const files = filesIn(join(badCorpus, name));
  if (files.length !== 1) throw new Error(`tests/fixtures/bad/${name} must hold exactly one file; it holds ${files.length}`);
  return relative(join(badCorpus, name), files[0]!).split(sep).join('/');
}

/** A copy of the valid fixture with the case's file dropped in; returns the content folder. */
export function contentWithCase(name: string): string {
  const dir = copyFixture();
  cpSync(join(badCorpus, name), dir, { recursive: true });
  return dir;
}
