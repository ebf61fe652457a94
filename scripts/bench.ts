/**
 * `npm run bench [-- --docs 5000] [--rounds 3] [--check]`: the site against bare Astro.
 *
 * Generates N synthetic documents (bench/generate.ts), then builds them with the site and with
 * the baseline in bench/baseline/ (Astro + MDX + one minimal layout + Pagefind), alternating
 * site, baseline, site, baseline so that background load hits both alike. Every build is cold:
 * each one's Astro cache is deleted first, as on a fresh CI machine. Then it weighs pages and
 * searches in Chromium (bench/page-weight.ts), prints a table and writes
 * bench-out/results-N.json. With --check it compares the figures with the budgets in
 * docs/performance.md and exits 1 on a miss. A benchmark, not a test: it asserts nothing unless
 * asked to check.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import {
  checkBudgets,
  FIRST_SEARCH_DOCS,
  firstSearchBytes,
  firstSearchVerdicts,
  readBudgets,
  type CheckedResults,
} from '../bench/budgets.ts';
import { runBuild, type BuildMeasure } from '../bench/build-run.ts';
import { BENCH_TODAY, generateContent } from '../bench/generate.ts';
import { launch, offlineCopy, pageWeight, searchWeight, serve, type PageWeight, type SearchWeight } from '../bench/page-weight.ts';
import { EXIT_PROBLEMS, EXIT_SUCCESS, readCommandLine, usageError } from './lib/cli.ts';
import { searchSize } from './search-size.ts';

const USAGE = `Usage: npm run bench [-- --docs 1000] [--rounds 3] [--check] [--keep]

Builds N generated documents with the site and with bare Astro, weighs pages and searches, and
writes bench-out/results-N.json.

  --docs <number>    how many documents to generate (at least 30; default 1000)
  --rounds <number>  how many builds of each (default 3)
  --check            compare with the budgets in docs/performance.md; exit 1 on a miss
  --keep             keep the generated content and the builds
  --help             show this help`;

const root = resolve(import.meta.dirname, '..');
const COMMAND = { name: 'npm run bench', usage: USAGE };
const { values } = readCommandLine({
  ...COMMAND,
  options: {
    docs: { type: 'string', default: '1000' },
    // Three: on a shared virtual machine one build in a few runs 10-20% slow; the median of three
    // ignores it, where the median of two is their mean.
    rounds: { type: 'string', default: '3' },
    check: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const docs = Number(values.docs);
const rounds = Number(values.rounds);
if (!Number.isInteger(docs) || docs < 30) usageError(COMMAND, '--docs must be a whole number of at least 30');
if (!Number.isInteger(rounds) || rounds < 1) usageError(COMMAND, '--rounds must be at least 1');

/** Fixed queries: a topic, a phrase, an acronym, a two-word topic and a longer question. */
const QUERIES = ['neglect', 'strategy discussion', 'LADO', 'domestic abuse', 'consent to share information'];

const work = join(tmpdir(), `llr-bench-${docs}`);
const contentDir = join(work, 'content');
// Outputs stay inside the repository: for an outDir outside the working directory Astro puts its
// prerender bundle in ./.astro/.prerender/, which every such build shares, so concurrent builds
// (another developer's tests) would overwrite each other's chunks.
const outputs = join(root, 'bench-out', `work-${docs}`);
const siteOut = join(outputs, 'site-dist');
const baselineOut = join(outputs, 'baseline-dist');
const baselineCache = join(outputs, 'baseline-cache');
// The site's config gives each content folder its own cache (astro.config.mjs): the same hash.
const siteCache = join(root, 'node_modules/.astro-cache', createHash('sha1').update(contentDir).digest('hex').slice(0, 12));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

const log = (text: string) => console.log(`[bench] ${text}`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

log(`generating ${docs} documents in ${contentDir}`);
const generated = generateContent(contentDir, docs, join(root, 'content'));
log(`${(generated.bytes / 1e6).toFixed(1)} MB of MDX written`);

const builds: { site: BuildMeasure[]; baseline: BuildMeasure[] } = { site: [], baseline: [] };
const buildSite = () => {
  rmSync(siteCache, { recursive: true, force: true });
  rmSync(siteOut, { recursive: true, force: true });
  return runBuild([astro, 'build'], { cwd: root, env: { CONTENT_DIR: contentDir, OUT_DIR: siteOut, SITE_TODAY: BENCH_TODAY } });
};
const buildBaseline = () => {
  rmSync(baselineCache, { recursive: true, force: true });
  rmSync(baselineOut, { recursive: true, force: true });
  return runBuild([astro, 'build', '--root', join(root, 'bench/baseline')], {
    cwd: root,
    env: { CONTENT_DIR: contentDir, OUT_DIR: baselineOut, BENCH_CACHE_DIR: baselineCache },
  });
};
for (let round = 1; round <= rounds; round++) {
  for (const [name, build] of [
    ['site', buildSite],
    ['baseline', buildBaseline],
  ] as const) {
    log(`round ${round}/${rounds}: building the ${name} (load average ${loadavg()[0]!.toFixed(1)})`);
    const measure = await build();
    if (!measure.ok) {
      console.error(measure.outputTail);
      throw new Error(`the ${name} build failed`);
    }
    log(`  ${measure.wallSeconds.toFixed(1)} s, peak ${measure.peakTreeRssMB.toFixed(0)} MB`);
    builds[name].push(measure);
  }
}

const countPages = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
const medianPhases = (runs: BuildMeasure[]) =>
  Object.fromEntries(Object.keys(runs[0]!.phases).map((step) => [step, median(runs.map((r) => r.phases[step] ?? 0))]));
const summary = (runs: BuildMeasure[], dir: string) => {
  const wallSeconds = median(runs.map((r) => r.wallSeconds));
  const pages = countPages(dir);
  return {
    runs: runs.map(({ outputTail: _, ...rest }) => rest),
    wallSeconds,
    peakTreeRssMB: median(runs.map((r) => r.peakTreeRssMB)),
    maxProcessRssMB: runs[0]!.maxProcessRssMB === null ? null : median(runs.map((r) => r.maxProcessRssMB!)),
    cpuSeconds: runs[0]!.cpuSeconds === null ? null : median(runs.map((r) => r.cpuSeconds!)),
    pages,
    documentsPerSecond: docs / wallSeconds,
    phases: medianPhases(runs),
  };
};
const site = summary(builds.site, siteOut);
const baseline = summary(builds.baseline, baselineOut);

// The search's own measure (scripts/search-size.ts): everything a first search fetches, our
// search code and glossary data included, gzipped, and what came before the first index chunk.
// The budgets are checked against it. First, so that bare Pagefind can be asked to show as many
// results as the site does.
log('measuring the first search with scripts/search-size.ts');
const searchCosts = (await searchSize(siteOut, QUERIES)).queries.map((q) => ({
  query: q.query,
  results: q.results,
  files: q.total.files,
  gzip: q.total.gzip,
  beforeIndex: q.beforeIndex,
  byKind: q.byKind,
}));

log('weighing pages and searches in Chromium');
const samplePaths = {
  home: '/',
  procedure: `/procedures/${generated.samples.procedure.id}/`,
  briefing: `/briefings/${generated.samples.briefing.id}/`,
  thresholds: '/thresholds/',
  search: '/search/',
};
const browser = await launch();
const siteServer = await serve(root, siteOut);
const baselineServer = await serve(root, baselineOut);
const pages: Record<string, PageWeight> = {};
const baselinePages: Record<string, PageWeight> = {};
let searches: SearchWeight[] = [];
let searchMode: 'page' | 'api' = 'page';
const baselineSearches: SearchWeight[] = [];
try {
  for (const [type, path] of Object.entries(samplePaths)) pages[type] = await pageWeight(browser, siteServer.origin, path);
  for (const type of ['procedure', 'briefing'] as const)
    baselinePages[type] = await pageWeight(browser, baselineServer.origin, samplePaths[type]);
  for (const query of QUERIES) searches.push(await searchWeight(browser, siteServer.origin, query, 'page'));
  // A search page that fetched nothing has no search script yet: measure Pagefind's API instead.
  if (searches.every((s) => s.requests === 0)) {
    searchMode = 'api';
    searches = [];
    for (const query of QUERIES) searches.push(await searchWeight(browser, siteServer.origin, query, 'api'));
  }
  // Bare Pagefind shows as many results as the site's search page did for the same query.
  for (const [i, query] of QUERIES.entries())
    baselineSearches.push(await searchWeight(browser, baselineServer.origin, query, 'api', searchCosts[i]!.results));
} finally {
  await browser.close();
  siteServer.stop();
  baselineServer.stop();
}
const offline = offlineCopy(siteOut);

const results = {
  docs,
  rounds,
  generatedAt: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  },
  content: {
    documents: generated.documents.length,
    mdxBytes: generated.bytes,
    byCollection: Object.fromEntries(
      ['procedures', 'briefings', 'reports', 'arrangements', 'thresholds'].map((c) => [
        c,
        generated.documents.filter((d) => d.collection === c).length,
      ]),
    ),
  },
  site,
  baseline,
  ratios: {
    wallTime: site.wallSeconds / baseline.wallSeconds,
    peakMemory: site.peakTreeRssMB / baseline.peakTreeRssMB,
    cpuTime: site.cpuSeconds && baseline.cpuSeconds ? site.cpuSeconds / baseline.cpuSeconds : null,
  },
  pages,
  baselinePages,
  search: {
    mode: searchMode,
    queries: searches,
    searchSize: searchCosts,
    ...firstSearchBytes(
      searchCosts.map((s) => ({ gzip: s.gzip, beforeIndexGzip: s.beforeIndex.gzip })),
      baselineSearches.map((b) => b.bytes),
    ),
    baseline: baselineSearches,
  },
  offline,
};

mkdirSync(join(root, 'bench-out'), { recursive: true });
const outFile = join(root, 'bench-out', `results-${docs}.json`);
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);

/* ------------------------------------------------------------------ the table */
const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const pageRow = (name: string, p: PageWeight) =>
  row([
    name,
    kb(p.html),
    kb(p.css),
    kb(p.js),
    kb(p.total),
    `${kb(p.jsBeforeInteraction)} (${p.scripts})`,
    p.readableWithoutJs ? 'yes' : 'NO',
  ]);
const lines = [
  `\n## ${docs} documents, ${rounds} round(s) each, cold builds (${results.machine.cpus} x ${results.machine.cpu}, ${results.machine.memoryGB} GB, Node ${process.version})\n`,
  row(['build', 'wall time (median)', 'peak memory, process tree', 'largest process', 'CPU time', 'pages', 'documents/s']),
  row(['---', '---', '---', '---', '---', '---', '---']),
  ...(['site', 'baseline'] as const).map((name) => {
    const b = results[name];
    return row([
      name,
      `${b.wallSeconds.toFixed(1)} s (${b.runs.map((r) => r.wallSeconds.toFixed(1)).join(', ')})`,
      `${b.peakTreeRssMB.toFixed(0)} MB`,
      b.maxProcessRssMB === null ? 'n/a' : `${b.maxProcessRssMB.toFixed(0)} MB`,
      b.cpuSeconds === null ? 'n/a' : `${b.cpuSeconds.toFixed(1)} s`,
      b.pages,
      b.documentsPerSecond.toFixed(1),
    ]);
  }),
  row([
    'site / baseline',
    `${results.ratios.wallTime.toFixed(2)}x`,
    `${results.ratios.peakMemory.toFixed(2)}x`,
    '',
    site.cpuSeconds && baseline.cpuSeconds ? `${(site.cpuSeconds / baseline.cpuSeconds).toFixed(2)}x` : '',
    '',
    '',
  ]),
  '',
  row(['build step (median s)', ...Object.keys(site.phases)]),
  row(['---', ...Object.keys(site.phases).map(() => '---')]),
  row(['site', ...Object.values(site.phases).map((s) => s.toFixed(1))]),
  row(['baseline', ...Object.keys(site.phases).map((step) => baseline.phases[step]?.toFixed(1) ?? '')]),
  '',
  row(['page (gzipped kB)', 'HTML', 'CSS', 'JS', 'total', 'JS before interaction (files)', 'readable without JS']),
  row(['---', '---', '---', '---', '---', '---', '---']),
  ...Object.entries(pages).map(([type, p]) => pageRow(`${type} ${p.path.length > 40 ? `${p.path.slice(0, 37)}...` : p.path}`, p)),
  ...Object.entries(baselinePages).map(([type, p]) => pageRow(`baseline ${type}`, p)),
  '',
  row(['first search (kB fetched)', ...QUERIES.map((q) => `"${q}"`)]),
  row(['---', ...QUERIES.map(() => '---')]),
  row([
    'site, everything (scripts/search-size.ts, gzipped)',
    ...searchCosts.map((s) => `${kb(s.gzip)} (${s.files} files, ${s.results} results shown)`),
  ]),
  row(['site, before the first index chunk', ...searchCosts.map((s) => `${kb(s.beforeIndex.gzip)} (${s.beforeIndex.files} files)`)]),
  row([
    `site, /pagefind/ only (${searchMode === 'page' ? 'search page' : 'Pagefind API, first 5 results'})`,
    ...searches.map((s) => `${kb(s.bytes)} (${s.requests} files)`),
  ]),
  row([
    'baseline (Pagefind API, as many results as the site shows)',
    ...baselineSearches.map((s) => `${kb(s.bytes)} (${s.requests} files)`),
  ]),
  '',
  `Offline copy: ${(offline.bytes / 1e6).toFixed(2)} MB in ${offline.files} files, measured as ${offline.method}.`,
  `Results written to ${outFile}.`,
];
console.log(lines.join('\n'));

if (!values.keep) {
  rmSync(work, { recursive: true, force: true });
  rmSync(outputs, { recursive: true, force: true });
}
rmSync(siteCache, { recursive: true, force: true });

if (values.check) {
  const budgets = readBudgets(join(root, 'docs/performance.md'));
  // The "no larger at 5,000 than at 1,000" budget compares with the smaller run of this machine,
  // or failing that with the committed one.
  const smallerFile = [join(root, 'bench-out/results-1000.json'), join(root, 'docs/bench/results-1000.json')].find(
    (f) => docs > 1000 && existsSync(f),
  );
  const smaller = smallerFile ? (JSON.parse(readFileSync(smallerFile, 'utf8')) as CheckedResults) : undefined;
  const verdicts = checkBudgets(budgets, results, smaller);
  console.log(`\nBudgets (docs/performance.md)${smallerFile ? `, compared with ${smallerFile}` : ''}:`);
  for (const v of verdicts) console.log(`  ${v.pass ? 'pass' : 'MISS'}  ${v.budget}: ${v.measured} (limit ${v.limit})`);
  if (docs < FIRST_SEARCH_DOCS) {
    for (const v of firstSearchVerdicts(budgets, results.search, docs))
      console.log(`  info  ${v.budget}: ${v.measured} (its limit, ${v.limit}, is for ${FIRST_SEARCH_DOCS} documents)`);
  }
  const missed = verdicts.filter((v) => !v.pass).length;
  console.log(missed ? `\n${missed} budget(s) missed.` : '\nEvery budget met.');
  process.exit(missed ? EXIT_PROBLEMS : EXIT_SUCCESS);
}
