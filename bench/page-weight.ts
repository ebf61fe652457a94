/**
 * What a reader downloads: per page type, the HTML, CSS and JavaScript a browser fetches
 * (gzipped, as any web server sends text), the JavaScript that runs before the reader does
 * anything, whether the page can be read with JavaScript off, the bytes the first search
 * fetches, and the size of the offline copy. Measured in Chromium through Playwright, against
 * the build output served by scripts/serve.ts.
 */
import { chromium, type Browser, type Response } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { precachedUrls } from '../src/lib/offline/service-worker.ts';

export interface PageWeight {
  path: string;
  /** Gzipped bytes. */
  html: number;
  css: number;
  js: number;
  total: number;
  /** Script bytes fetched with no interaction (load + network idle), gzipped, and how many files. */
  jsBeforeInteraction: number;
  scripts: number;
  /** True when, with JavaScript off, the page has its h1 and readable main content. */
  readableWithoutJs: boolean;
}

export interface SearchWeight {
  query: string;
  /** Bytes fetched from /pagefind/ (text gzipped, Pagefind's own compressed files as they are). */
  bytes: number;
  requests: number;
  results: number;
  /** The largest files fetched, for finding what a search costs. */
  largest: { path: string; bytes: number }[];
}

const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt|webmanifest)$/;
const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Serves `dir` with the project's static server until `stop()`. */
export async function serve(root: string, dir: string): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'scripts/serve.ts'), '--dir', dir, '--port', String(port), '--base', '/'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((ready, fail) => {
    child.stdout!.once('data', () => ready());
    child.once('exit', (code) => fail(new Error(`scripts/serve.ts exited with ${code}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** Bytes as sent by a server that gzips text; Pagefind's binary files are already compressed. */
async function sentBytes(response: Response): Promise<number> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  return TEXT.test(new URL(response.url()).pathname) || /text|javascript|json/.test(response.headers()['content-type'] ?? '')
    ? gz(body)
    : body.length;
}

/**
 * Service workers are blocked while weighing: the site's worker precaches the whole offline copy
 * on a first visit, in the background, which is measured on its own (offlineCopy) and would
 * otherwise be counted as the page's or the search's own bytes.
 */
const NO_WORKER = { serviceWorkers: 'block' } as const;

export async function pageWeight(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext(NO_WORKER);
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const sums = { document: 0, stylesheet: 0, script: 0 };
  let scripts = 0;
  for (const response of responses) {
    const type = response.request().resourceType();
    if (type === 'document' || type === 'stylesheet' || type === 'script') {
      sums[type] += await sentBytes(response);
      if (type === 'script') scripts++;
    }
  }
  await context.close();

  const noJs = await browser.newContext({ ...NO_WORKER, javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(origin + path);
  const h1 =
    (
      await plain
        .locator('main h1')
        .first()
        .textContent()
        .catch(() => '')
    )?.trim() ?? '';
  const main = (
    await plain
      .locator('main')
      .first()
      .innerText()
      .catch(() => '')
  ).trim();
  await noJs.close();

  return {
    path,
    html: sums.document,
    css: sums.stylesheet,
    js: sums.script,
    total: sums.document + sums.stylesheet + sums.script,
    jsBeforeInteraction: sums.script,
    scripts,
    readableWithoutJs: h1.length > 0 && main.length > 40,
  };
}

/**
 * The first search, from a cold browser. Through the site's search page when it fetches the
 * index itself ("page"); otherwise, and always for the baseline, through Pagefind's API the way
 * its stock interface does: search, then load the first five results ("api").
 */
/**
 * The bytes a first search fetches from /pagefind/: through the search page ('page'), or through
 * Pagefind's API as its stock interface does ('api'), loading the data of the first `show` results.
 */
export async function searchWeight(browser: Browser, origin: string, query: string, mode: 'page' | 'api', show = 5): Promise<SearchWeight> {
  const context = await browser.newContext({ ...NO_WORKER, bypassCSP: mode === 'api' });
  const page = await context.newPage();
  const fetched: Response[] = [];
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.includes('/pagefind/')) fetched.push(r);
  });
  let results: number;
  if (mode === 'page') {
    await page.goto(`${origin}/search/#q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
    // The network falls quiet while Pagefind's WebAssembly starts, before the search has run:
    // wait for the page to show results (or say there are none), then for their fragments.
    await page
      .waitForFunction(
        () =>
          document.querySelectorAll('[data-search-results] li').length > 0 ||
          /no results|0 results/i.test(document.querySelector('main')?.textContent ?? ''),
        null,
        { timeout: 30_000 },
      )
      .catch(() => undefined);
    await page.waitForLoadState('networkidle');
    results = await page.locator('[data-search-results] li').count();
  } else {
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    fetched.length = 0;
    results = await page.evaluate(
      async ([q, n]) => {
        const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, n).map((r: { data: () => Promise<unknown> }) => r.data()));
        return search.results.length as number;
      },
      [query, show] as const,
    );
    await page.waitForLoadState('networkidle');
  }
  const files: { path: string; bytes: number }[] = [];
  for (const response of fetched) files.push({ path: new URL(response.url()).pathname, bytes: await sentBytes(response) });
  await context.close();
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  return { query, bytes, requests: fetched.length, results, largest: files.sort((a, b) => b.bytes - a.bytes).slice(0, 6) };
}

function allFiles(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = join(e.parentPath, e.name);
      return { path: relative(dir, full).split(sep).join('/'), bytes: statSync(full).size };
    });
}

/**
 * The offline copy: the files the service worker precaches, when the build has one (read from
 * sw.js, where the build writes its precache list: src/lib/offline/service-worker.ts); otherwise the whole output less Pagefind's
 * result fragments, which a reader only fetches when a search shows them.
 */
export function offlineCopy(dir: string): { bytes: number; files: number; method: string } {
  const sw = join(dir, 'sw.js');
  if (existsSync(sw)) {
    const text = readFileSync(sw, 'utf8');
    const urls = new Set(precachedUrls(text));
    if (urls.size) {
      let bytes = 0;
      for (const url of urls) {
        const file = resolve(dir, url.replace(/^\//, '').replace(/\/$/, '/index.html'));
        if (existsSync(file) && statSync(file).isFile()) bytes += statSync(file).size;
      }
      return { bytes, files: urls.size, method: 'the precache list in sw.js (bytes on disk)' };
    }
  }
  const files = allFiles(dir).filter((f) => !f.path.startsWith('pagefind/fragment/'));
  return {
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    files: files.length,
    method: 'everything built less pagefind/fragment/ (no service worker found)',
  };
}
