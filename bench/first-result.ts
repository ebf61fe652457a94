/**
 * `npm run bench:first-result [-- --dist dist --runs 3]`: how long a reader on a slow mobile
 * connection (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip, emulated through Chromium's
 * DevTools protocol) waits for the first search result on the built site, against Pagefind's own
 * default interface searching the same index. Run after `npm run build`, on the real manual.
 *
 * Each search opens in a new browser context (nothing cached, service workers blocked) and is
 * timed from the start of navigation to the moment the first result's title link is on the page
 * (a MutationObserver records `performance.now()`). The site is opened at `/search/#q=…`, as a
 * reader arrives from the header box. Pagefind's default UI is opened on a bare page served only
 * by this script, which loads `/pagefind/pagefind-ui.js` and `pagefind-ui.css` from the same
 * build and searches at once with `triggerSearch`. Both are served by this script, gzipping
 * text as a static host does. It prints figures only and asserts nothing.
 */
import { chromium, type Browser } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { contentType } from '../scripts/lib/static-paths.ts';

/** The benchmark's five queries (scripts/bench.ts). */
export const QUERIES = ['neglect', 'strategy discussion', 'LADO', 'domestic abuse', 'consent to share information'];

/** The slow connection of tests/e2e/search.spec.ts: 1.6 Mbit/s down, 750 kbit/s up, 150 ms. */
export const SLOW = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** The bare page for Pagefind's default UI: its own stylesheet and script, and a starter file (no inline script). */
const DEFAULT_UI_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind default UI</title>
<link rel="stylesheet" href="/pagefind/pagefind-ui.css"><script src="/pagefind/pagefind-ui.js"></script>
<script src="/__default-ui/start.js" defer></script></head><body><main><div id="search"></div></main></body></html>`;
const DEFAULT_UI_START = `const ui = new PagefindUI({ element: '#search', showSubResults: true });
const q = new URLSearchParams(location.hash.slice(1)).get('q');
if (q) ui.triggerSearch(q);`;

function serve(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let body: Buffer | undefined;
    let type: string;
    if (path === '/__default-ui/') {
      body = Buffer.from(DEFAULT_UI_PAGE);
      type = contentType('page.html');
    } else if (path === '/__default-ui/start.js') {
      body = Buffer.from(DEFAULT_UI_START);
      type = contentType('start.js');
    } else {
      if (path.endsWith('/')) path += 'index.html';
      const file = join(dist, path);
      if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
        response.writeHead(404).end();
        return;
      }
      body = readFileSync(file);
      type = contentType(file);
    }
    // Text is gzipped as a static host sends it; Pagefind's own files are compressed already.
    if (type !== 'application/octet-stream' && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip' }).end(gzipSync(body));
    } else {
      response.writeHead(200, { 'content-type': type }).end(body);
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

/** Records when the first element matching `selector` is in the page, from the start of navigation. */
function watchFor(selector: string) {
  const record = () => {
    const w = window as unknown as { __firstResult?: number };
    if (w.__firstResult === undefined && document.querySelector(selector)) w.__firstResult = performance.now();
  };
  new MutationObserver(record).observe(document, { childList: true, subtree: true });
}

export type Interface = 'site' | 'pagefind default UI';

/** Milliseconds from navigation to the first result, on the slow connection, in a cold context. */
async function firstResult(browser: Browser, origin: string, which: Interface, query: string): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW);
  const selector = which === 'site' ? '.search-result__title a' : '.pagefind-ui__result-link';
  await page.addInitScript(watchFor, selector);
  const path = which === 'site' ? '/search/' : '/__default-ui/';
  await page.goto(`${origin}${path}#q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => (window as unknown as { __firstResult?: number }).__firstResult !== undefined, null, {
    timeout: 120_000,
  });
  const ms = await page.evaluate(() => (window as unknown as { __firstResult: number }).__firstResult);
  await context.close();
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export async function timeToFirstResult(dist: string, queries = QUERIES, runs = 3) {
  const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  const browser = await chromium.launch(
    systemChromium ? { executablePath: systemChromium, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] } : {},
  );
  const { server, origin } = await serve(dist);
  try {
    const rows: { query: string; site: number; defaultUi: number; siteRuns: number[]; defaultUiRuns: number[] }[] = [];
    for (const query of queries) {
      const siteRuns: number[] = [];
      const defaultUiRuns: number[] = [];
      // Alternating, so that background load hits both alike.
      for (let run = 0; run < runs; run++) {
        siteRuns.push(await firstResult(browser, origin, 'site', query));
        defaultUiRuns.push(await firstResult(browser, origin, 'pagefind default UI', query));
      }
      rows.push({ query, site: median(siteRuns), defaultUi: median(defaultUiRuns), siteRuns, defaultUiRuns });
    }
    return rows;
  } finally {
    server.close();
    await browser.close();
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dist: { type: 'string', default: process.env.OUT_DIR ?? 'dist' },
      runs: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
    },
  });
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'pagefind', 'pagefind-ui.js'))) throw new Error(`${dist} has no Pagefind build: run npm run build first`);
  const rows = await timeToFirstResult(dist, positionals.length ? positionals : QUERIES, Number(values.runs));
  if (values.json) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`Time to the first result, 1.6 Mbit/s down, 150 ms round trip, cold (median of ${values.runs}):`);
    console.log('| query | site | Pagefind default UI |\n| --- | --- | --- |');
    for (const row of rows)
      console.log(
        `| "${row.query}" | ${s(row.site)} (${row.siteRuns.map(s).join(', ')}) | ${s(row.defaultUi)} (${row.defaultUiRuns.map(s).join(', ')}) |`,
      );
    console.log(`| median of the queries | ${s(median(rows.map((r) => r.site)))} | ${s(median(rows.map((r) => r.defaultUi)))} |`);
  }
}
