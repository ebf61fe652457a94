/**
 * A platform, not one site (issue 16): another partnership's content folder, with its own
 * site.yaml, builds with no change to src/, and the site it makes carries that partnership's
 * names, areas and numbers only. The fixture is a fictional partnership, Northby and Westdale.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { repoRoot } from '../helpers/fixture.ts';

const content = join(repoRoot, 'tests/fixtures/partnership-other');
/** Any name of the partnership the code was first written for. */
const FIRST_PARTNERSHIP = /Leicester|Leicestershire|Rutland|\bLLR\b/;

let site: BuildResult;
before(() => {
  site = buildSite(content, { SITE_TODAY: '2026-06-01', SITE_PREVIEW: '' });
});

const page = (path: string) => readFileSync(join(site.outDir, path), 'utf8');
/** The text of an element's content, tags removed and spaces collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const element = (html: string, pattern: RegExp) => text(pattern.exec(html)?.[1] ?? '');

test("npm run check passes on the other partnership's content", () => {
  const result = spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content, SITE_TODAY: '2026-06-01' },
  });
  assert.equal(result.status, 0, `${result.stdout}${result.stderr}`);
  assert.match(result.stdout, /0 error\(s\), 0 warning\(s\)/);
});

test('the home page, header and footer carry its own names', () => {
  assert.equal(site.status, 0, site.output);
  const home = page('index.html');
  assert.equal(element(home, /<title>([\s\S]*?)<\/title>/), 'Home | Northby and Westdale Safeguarding Children');
  assert.equal(element(home, /<h1[^>]*>([\s\S]*?)<\/h1>/), 'Safeguarding children in Northby and Westdale');
  assert.match(element(home, /<p class="lead"[^>]*>([\s\S]*?)<\/p>/), /everyone who works with children in NWSCP follows/);
  assert.match(
    home,
    /<meta name="description" content="Safeguarding children procedures, threshold document, arrangements and 7-minute briefings for Northby and Westdale\.">/,
  );
  assert.equal(element(home, /<span class="site-header__title">([\s\S]*?)<\/span>/), 'Northby and Westdale Safeguarding Children');
  assert.equal(element(home, /<span class="site-header__subtitle">([\s\S]*?)<\/span>/), 'Procedures and guidance for Northby and Westdale');
  assert.match(
    element(home, /<p class="site-footer__small">([\s\S]*?)<\/p>/),
    /^Published by the Northby and Westdale Safeguarding Children Partnership\. /,
  );
  assert.match(home, /<meta name="theme-color" content="#2b5d34">/);
});

test('the feed and the installed app are named for it', () => {
  assert.equal(site.status, 0, site.output);
  const feed = page('changes.xml');
  assert.match(feed, /<title>Changes to Northby and Westdale safeguarding children documents<\/title>/);
  assert.match(feed, /<author><name>Northby and Westdale Safeguarding Children Partnership<\/name><\/author>/);
  assert.match(feed, /Named the designated officer for allegations against staff\./, 'its own amendments');
  assert.match(
    page('index.html'),
    /<link rel="alternate" type="application\/atom\+xml" title="Changes to Northby and Westdale safeguarding children documents"/,
  );
  const manifest = JSON.parse(page('manifest.webmanifest'));
  assert.deepEqual(
    [manifest.name, manifest.short_name, manifest.theme_color],
    ['Northby and Westdale Safeguarding Children', 'NW Safeguarding', '#2b5d34'],
  );
});

test("its areas, in its own order, lead the contacts page and every document's front doors", () => {
  assert.equal(site.status, 0, site.output);
  const contacts = page('contacts/index.html');
  assert.deepEqual(
    [...contacts.matchAll(/<h3 id="area-([a-z-]+)">([^<]*)<\/h3>/g)].map((m) => `${m[1]}: ${m[2]}`),
    ['northby: Northby', 'westdale: Westdale'],
  );
  assert.match(contacts, /Not sure which area\? Northby town and its villages are covered by Northby Borough Council/);
  assert.match(contacts, /How to report a concern about a child in Northby or Westdale, day or night\./);

  const procedure = page('procedures/bruising-in-babies/index.html');
  const doors = element(procedure, /<ul class="front-doors__list">([\s\S]*?)<\/ul>/);
  assert.match(doors, /^Northby 01632 960 001 .*Westdale 01632 960 002/);
  // A local contact with no number yet sends readers to its own area's front door.
  const lado = /<li[^>]*id="contact-westdale-lado"[\s\S]*?<\/li>/.exec(procedure)?.[0] ?? '';
  assert.match(lado, /Number to be confirmed/);
  assert.match(lado, /href="\/contacts\/#contact-westdale-children-social-care"/);
});

test('a document that does not say which partnerships it applies to applies to every one', () => {
  assert.equal(site.status, 0, site.output);
  const panel = element(page('procedures/bruising-in-babies/index.html'), /<dt>Applies to<\/dt>\s*<dd>([\s\S]*?)<\/dd>/);
  assert.equal(panel, 'Northby and Westdale');
});

test('no page, feed or file of the built site names the first partnership', () => {
  assert.equal(site.status, 0, site.output);
  const files = readdirSync(site.outDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.(html|xml|webmanifest|json|txt|js|css)$/.test(file) && !file.startsWith('pagefind'),
  );
  assert.ok(files.length > 20, `only ${files.length} files built`);
  const naming = files.filter((file) => FIRST_PARTNERSHIP.test(readFileSync(join(site.outDir, file), 'utf8')));
  assert.deepEqual(naming, []);
});
