/**
 * How many bytes a person's first search fetches, measured in a real browser against the built
 * site: Pagefind's entry files, its WebAssembly, the index chunks and filter files, the result
 * fragments, and our own search code and glossary data. Run after a build:
 *
 *   node scripts/search-size.ts                 # dist/, a few typical first queries
 *   node scripts/search-size.ts --dist /tmp/out "county lines" FII
 *   node scripts/search-size.ts --json          # one JSON object, for the benchmark
 *
 * Sizes are the files' own bytes and their gzip size (what a static host sends). Each query is
 * measured in a fresh browser context, so nothing is cached. "Before the first index chunk" is
 * every file requested before the search asked for its first index chunk: what the search costs
 * before the query's own words do (Pagefind's scripts, WebAssembly and page metadata, our code).
 */
import { chromium, type Browser } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readCommandLine, usageError } from './lib/cli.ts';
import { contentType } from './lib/static-paths.ts';

export interface FetchedFile {
  path: string;
  kind: Kind;
  bytes: number;
  gzip: number;
}

export interface QueryCost {
  query: string;
  results: number;
  files: FetchedFile[];
  byKind: Record<Kind, { files: number; bytes: number; gzip: number }>;
  total: { files: number; bytes: number; gzip: number };
  /** The files requested before the first index chunk was (all of them if none was). */
  beforeIndex: { files: number; bytes: number; gzip: number };
}

const KINDS = ['entry', 'wasm', 'index', 'filters', 'fragments', 'search code', 'glossary data'] as const;
type Kind = (typeof KINDS)[number] | 'other';

/** What a fetched file is for, by its path. */
export function kindOf(path: string): Kind {
  if (/\/pagefind\/wasm\.[^/]+\.pagefind$/.test(path)) return 'wasm';
  if (/\/pagefind\/index\//.test(path)) return 'index';
  if (/\/pagefind\/filter\//.test(path)) return 'filters';
  if (/\/pagefind\/fragment\//.test(path)) return 'fragments';
  if (/\/pagefind\//.test(path)) return 'entry';
  if (/\/search\/(glossary|vocabulary)\.json$/.test(path)) return 'glossary data';
  if (/\/_astro\/.*\.(js|css)$/.test(path)) return 'search code';
  return 'other';
}

function serve(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(dist, path);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentType(file) }).end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

async function measure(browser: Browser, origin: string, dist: string, query: string): Promise<QueryCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = new Set<string>();
  page.on('requestfinished', (request) => paths.add(new URL(request.url()).pathname));
  // The order requests were made in, to tell what came before the first index chunk.
  let order = 0;
  let firstIndex = Infinity;
  const requestedAt = new Map<string, number>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const at = order++;
    if (!requestedAt.has(path)) requestedAt.set(path, at);
    if (kindOf(path) === 'index' && firstIndex === Infinity) firstIndex = at;
  });
  await page.goto(`${origin}/search/#q=${encodeURIComponent(query)}`);
  await page
    .locator('[data-search-status]')
    .filter({ hasText: /results?/ })
    .waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const results = await page.locator('.search-result').count();
  await context.close();

  // The page's own HTML and the site-wide stylesheet load on every page, so they are not search's cost.
  const files = [...paths]
    .filter((path) => path !== '/search/' && !/\/_astro\/BaseLayout\.[^/]+\.css$/.test(path) && !path.endsWith('favicon.svg'))
    .map((path): FetchedFile => {
      const file = join(dist, path);
      const body = existsSync(file) && statSync(file).isFile() ? readFileSync(file) : Buffer.alloc(0);
      return { path, kind: kindOf(path), bytes: body.length, gzip: body.length ? gzipSync(body).length : 0 };
    })
    .sort(
      (a, b) =>
        KINDS.indexOf(a.kind as (typeof KINDS)[number]) - KINDS.indexOf(b.kind as (typeof KINDS)[number]) || a.path.localeCompare(b.path),
    );
  const byKind = Object.fromEntries(
    [...KINDS, 'other'].map((kind) => [kind, sum(files.filter((f) => f.kind === kind))]),
  ) as QueryCost['byKind'];
  const beforeIndex = sum(files.filter((f) => (requestedAt.get(f.path) ?? 0) < firstIndex));
  return { query, results, files, byKind, total: sum(files), beforeIndex };
}

const sum = (files: FetchedFile[]) => ({
  files: files.length,
  bytes: files.reduce((n, f) => n + f.bytes, 0),
  gzip: files.reduce((n, f) => n + f.gzip, 0),
});

/** The whole Pagefind bundle on disk, and how many pages it indexes, to see how it grows. */
export function bundleSize(dist: string) {
  const folder = (name: string) => {
    const dir = join(dist, 'pagefind', name);
    const names = existsSync(dir) ? readdirSync(dir) : [];
    return { files: names.length, bytes: names.reduce((n, file) => n + statSync(join(dir, file)).size, 0) };
  };
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
  return { pages, index: folder('index'), fragments: folder('fragment'), filters: folder('filter') };
}

export async function searchSize(
  dist: string,
  queries: string[],
): Promise<{ bundle: ReturnType<typeof bundleSize>; queries: QueryCost[] }> {
  const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
  const browser = await chromium.launch(systemChromium ? { executablePath: systemChromium, args: ['--no-sandbox'] } : {});
  const { server, origin } = await serve(dist);
  try {
    const costs: QueryCost[] = [];
    for (const query of queries) costs.push(await measure(browser, origin, dist, query));
    return { bundle: bundleSize(dist), queries: costs };
  } finally {
    server.close();
    await browser.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const USAGE = `Usage: npm run search:size [-- [--dist <built site>] [--json] [<query>...]]

How many bytes a person's first search fetches, for each query (default: a few typical ones),
measured in a browser against the built site (default: OUT_DIR, or dist).

  --dist <folder>   the built site to measure
  --json            print one JSON object, for the benchmark
  --help            show this help`;

if (import.meta.main) {
  const COMMAND = { name: 'npm run search:size', usage: USAGE };
  const { values, positionals: queries } = readCommandLine({
    ...COMMAND,
    options: { json: { type: 'boolean', default: false }, dist: { type: 'string', default: process.env.OUT_DIR ?? 'dist' } },
    positionals: Infinity,
  });
  const { json } = values;
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'pagefind')))
    usageError(COMMAND, `${dist} holds no built site with a search index: run npm run build first, or name the build with --dist`);
  const report = await searchSize(dist, queries.length ? queries : ['neglect', 'FII', 'who do I call in Rutland out of hours']);
  if (json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const { bundle } = report;
    console.log(
      `Pagefind bundle for ${bundle.pages} pages: index ${kb(bundle.index.bytes)} in ${bundle.index.files} chunks, fragments ${kb(bundle.fragments.bytes)}, filters ${kb(bundle.filters.bytes)}.`,
    );
    for (const cost of report.queries) {
      console.log(
        `\nFirst search for "${cost.query}" (${cost.results} results shown): ${cost.total.files} files, ${kb(cost.total.bytes)} (${kb(cost.total.gzip)} gzipped); before the first index chunk ${cost.beforeIndex.files} files, ${kb(cost.beforeIndex.gzip)} gzipped`,
      );
      for (const kind of [...KINDS, 'other'] as const) {
        const part = cost.byKind[kind];
        if (part.files)
          console.log(
            `  ${kind.padEnd(14)} ${String(part.files).padStart(3)} files ${kb(part.bytes).padStart(10)} ${kb(part.gzip).padStart(10)} gzipped`,
          );
      }
    }
  }
}
