/**
 * The site built for a GitHub Pages project page (BASE_PATH=/llr-procedures/): no internal link,
 * image, form or redirect escapes the base path, links written in content included; nor does any
 * address in the sitemap, the Atom feed of changes or a stylesheet's url(); and the
 * hosts' header policy (public/_headers) is enough for the built pages, which carry no inline
 * scripts or styles (neither policy allows any: they carry no hashes).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pagePolicy, parsePolicy, SITE_POLICY } from '../../src/lib/site/csp.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { copyFixture, repoRoot } from '../helpers/fixture.ts';
import { indexedPages } from '../helpers/pagefind-index.ts';

const BASE = '/llr-procedures/';
const ORIGIN = 'https://example.github.io';

/** A procedure whose text uses every kind of internal address an editor can write. */
const LINKS_PAGE = `---
title: Links in content
summary: A procedure whose text links to other pages, headings and a public image.
owner: policy-and-procedures
version: "1.0"
lastReviewed: 2026-01-10
nextReviewDue: 2028-01-10
---

## Scope

See [the briefing's reasons](/briefings/fixture-briefing/#why-it-matters), [the procedure](../fixture-procedure/),
[who to call](/contacts/), [below](#the-childs-next-steps--what-to-do) and [the NSPCC](https://www.nspcc.org.uk).

![The site icon](/favicon.svg)

## The child's next steps & what to do

Text.
`;

let site: BuildResult;
before(() => {
  const dir = copyFixture();
  writeFileSync(join(dir, 'procedures/links-in-content.mdx'), LINKS_PAGE);
  site = buildSite(dir, { BASE_PATH: BASE, SITE_URL: ORIGIN, SITE_TODAY: '2026-06-01' });
});

const filesEnding = (dir: string, ending: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => join(entry.parentPath, entry.name));
const htmlFiles = (dir: string) => filesEnding(dir, '.html');

/**
 * The built file a full address under the base path is served from, or null when the address is
 * not under it. Resolving it, not only checking the prefix, also catches a base written twice.
 */
function builtFileFor(address: string): string | null {
  const url = new URL(address);
  if (url.origin !== ORIGIN || !url.pathname.startsWith(BASE)) return null;
  const path = decodeURIComponent(url.pathname.slice(BASE.length));
  return join(site.outDir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

/** Full addresses that are not under the base path or name no built file, as `where: address`. */
function brokenAddresses(addresses: string[], where: string): string[] {
  return addresses.flatMap((address) => {
    const file = builtFileFor(address);
    return file && existsSync(file) ? [] : [`${where}: ${address}`];
  });
}

const decodeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every address in an HTML file that a browser would request or navigate to. */
function addressesIn(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/\s(href|src|action|formaction|poster|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const value = (m[2] ?? m[3] ?? m[4] ?? '').replace(/&amp;/g, '&');
    if (m[1]!.toLowerCase() === 'srcset') found.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0]!));
    else found.push(value);
  }
  for (const m of html.matchAll(/<meta[^>]+http-equiv=["']?refresh["']?[^>]*content=["'][^"']*url=([^"'>]+)/gi)) found.push(m[1]!.trim());
  return found;
}

test('the build under a base path succeeds', () => {
  assert.equal(site.status, 0, site.output.slice(-3000));
});

test('no internal address in any built page escapes the base path', () => {
  const escapes: string[] = [];
  const files = htmlFiles(site.outDir);
  assert.ok(files.length > 10, 'pages were built');
  for (const file of files) {
    for (const address of addressesIn(readFileSync(file, 'utf8'))) {
      if (address.startsWith('/') && !address.startsWith('//') && !address.startsWith(BASE))
        escapes.push(`${relative(site.outDir, file)}: ${address}`);
    }
  }
  assert.deepEqual(escapes, []);
});

test('links and images written in content get the base path, and their headings exist', () => {
  const page = readFileSync(join(site.outDir, 'procedures/links-in-content/index.html'), 'utf8');
  for (const address of [
    `${BASE}briefings/fixture-briefing/#why-it-matters`,
    '../fixture-procedure/',
    `${BASE}contacts/`,
    '#the-childs-next-steps--what-to-do',
    'https://www.nspcc.org.uk',
  ]) {
    assert.ok(page.includes(`href="${address}"`), `link to ${address}`);
  }
  assert.match(page, new RegExp(`<img src="${BASE}favicon\\.svg" alt="The site icon"`));
  // The checker's heading ids (github-slugger) are the ids Astro gives the headings, even after
  // Astro's smart punctuation has turned ' into ’.
  assert.match(page, /<h2 id="the-childs-next-steps--what-to-do"/);
  assert.match(readFileSync(join(site.outDir, 'briefings/fixture-briefing/index.html'), 'utf8'), /id="why-it-matters"/);
});

test('every address in the sitemap is under the base path and is a built page', () => {
  const sitemap = readFileSync(join(site.outDir, 'sitemap.xml'), 'utf8');
  const locations = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => decodeXml(m[1]!));
  assert.ok(locations.length > 10, `the sitemap lists the pages; it has ${locations.length}`);
  assert.ok(locations.includes(`${ORIGIN}${BASE}`), 'the home page is listed at the base path');
  assert.deepEqual(brokenAddresses(locations, 'sitemap.xml'), []);
});

test('every address in the Atom feed of changes is under the base path and is a built file', () => {
  const feed = readFileSync(join(site.outDir, 'changes.xml'), 'utf8');
  const links = [...feed.matchAll(/<link\b[^>]*\bhref="([^"]*)"/g)].map((m) => decodeXml(m[1]!));
  // The feed's own <id> is its address; entries' ids are tag: URIs, names rather than addresses.
  const ids = [...feed.matchAll(/<id>([^<]*)<\/id>/g)].map((m) => decodeXml(m[1]!)).filter((id) => /^https?:/.test(id));
  assert.ok(feed.includes('<entry>'), "the fixture's amendments give the feed entries");
  assert.ok(links.includes(`${ORIGIN}${BASE}changes.xml`), 'the feed links to itself at the base path');
  assert.ok(links.length > 2 && ids.length > 0, 'the feed has links and its own id');
  assert.deepEqual(brokenAddresses([...links, ...ids], 'changes.xml'), []);
});

test('no url() in a built stylesheet escapes the base path', () => {
  const stylesheets = filesEnding(site.outDir, '.css');
  assert.ok(stylesheets.length > 0, 'stylesheets were built');
  const broken: string[] = [];
  for (const file of stylesheets) {
    // Where the browser fetches the stylesheet from, so relative addresses resolve as they would there.
    const served = `${ORIGIN}${BASE}${relative(site.outDir, file).split(sep).join('/')}`;
    for (const m of readFileSync(file, 'utf8').matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) {
      const written = m[1] ?? m[2] ?? m[3] ?? '';
      // Inline data and SVG fragment references fetch nothing; anything else, another website's
      // address included (the site loads nothing from one), must be a file of this build.
      if (/^(data:|#)/.test(written)) continue;
      const address = new URL(written, served);
      address.search = address.hash = '';
      broken.push(...brokenAddresses([address.href], `${relative(site.outDir, file)} (url(${written}))`));
    }
  }
  assert.deepEqual(broken, []);
});

test('the search index links each result by its site path, which the search page puts under the base path', () => {
  // The search page passes the base path to Pagefind (baseUrl), so the index itself holds paths
  // from the site's root: a path that already had the base would be linked as /llr-procedures/llr-procedures/...
  const pages = indexedPages(site.outDir);
  assert.ok(pages.length > 0);
  for (const page of pages) {
    assert.ok(page.url.startsWith('/') && !page.url.startsWith(BASE), page.url);
    assert.ok(existsSync(join(site.outDir, page.url, 'index.html')), `${BASE}${page.url.slice(1)} is a built page`);
  }
});

test('pages carry no inline script or style, so the headers policy without hashes lets them work', () => {
  const inline: string[] = [];
  for (const file of htmlFiles(site.outDir)) {
    const html = readFileSync(file, 'utf8');
    const where = relative(site.outDir, file);
    for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
      const attributes = m[1]!;
      if (!/\ssrc=/.test(attributes) && !/type=["']?application\/(ld\+)?json/.test(attributes))
        inline.push(`${where}: <script${attributes}>`);
    }
    if (/<style[\s>]/i.test(html)) inline.push(`${where}: <style>`);
    if (/<[a-z][^>]*\sstyle=/i.test(html)) inline.push(`${where}: style= attribute`);
    if (/<[a-z][^>]*\son[a-z]+=/i.test(html)) inline.push(`${where}: on...= attribute`);
  }
  assert.deepEqual(inline, []);
});

test("the headers policy is the pages' policy plus frame-ancestors, and the pages' is the site's own, with no hashes", () => {
  const directives = (policy: string) => new Map([...parsePolicy(policy)].map(([name, sources]) => [name, sources.join(' ')]));
  const meta = pagePolicy(readFileSync(join(site.outDir, 'index.html'), 'utf8'));
  assert.ok(meta, 'the home page has a policy');
  assert.equal(meta, SITE_POLICY);
  const pagePolicyDirectives = directives(meta);
  const headerLine = readFileSync(join(repoRoot, 'public/_headers'), 'utf8')
    .split('\n')
    .find((line) => /^\s+Content-Security-Policy:/.test(line))!;
  const headerPolicy = directives(headerLine.slice(headerLine.indexOf(':') + 1));
  assert.deepEqual(new Map([...headerPolicy].filter(([name]) => name !== 'frame-ancestors')), pagePolicyDirectives);
  assert.equal(headerPolicy.get('frame-ancestors'), "'none'");
  // The file is copied to the built site, where the hosts read it.
  assert.ok(readFileSync(join(site.outDir, '_headers'), 'utf8').includes('Content-Security-Policy'));
});
