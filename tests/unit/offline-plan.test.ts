import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_MAX_BYTES,
  formatBytes,
  parseByteLimit,
  planOfflineCopy,
  roleOf,
  pagefindUiNamedIn,
  unusedPagefindUi,
  type BuiltFile,
} from '../../src/lib/offline/plan.ts';

const paths = (files: BuiltFile[]) => files.map((f) => f.path);

// A small site: 10 kB of shell, 20 kB of search, and pages in several sections.
const site: BuiltFile[] = [
  { path: '_astro/site.abc123.css', bytes: 4_000 },
  { path: '_astro/offline.def456.js', bytes: 2_000 },
  { path: 'manifest.webmanifest', bytes: 500 },
  { path: 'icons/icon-192.png', bytes: 1_000 },
  { path: 'favicon.svg', bytes: 500 },
  { path: 'index.html', bytes: 1_000 },
  { path: 'offline/index.html', bytes: 1_000 },
  { path: 'pagefind/pagefind.js', bytes: 5_000 },
  { path: 'pagefind/wasm.en-gb.pagefind', bytes: 7_000 },
  { path: 'pagefind/index/en-gb_1.pf_index', bytes: 3_000 },
  { path: 'pagefind/fragment/en-gb_2.pf_fragment', bytes: 1_000 },
  { path: 'pagefind/filter/en-gb_3.pf_filter', bytes: 1_000 },
  { path: 'pagefind/pagefind-entry.json', bytes: 200 },
  { path: 'search/index.html', bytes: 2_800 },
  { path: 'contacts/index.html', bytes: 3_000 },
  { path: 'thresholds/index.html', bytes: 6_000 },
  { path: 'procedures/index.html', bytes: 2_000 },
  { path: 'procedures/neglect/index.html', bytes: 4_000 },
  { path: 'procedures/bruising/index.html', bytes: 4_000 },
  { path: 'briefings/invisible-men/index.html', bytes: 5_000 },
  { path: 'images/diagram.png', bytes: 9_000 },
  { path: 'sitemap.xml', bytes: 800 },
  { path: '404.html', bytes: 900 },
  { path: 'sw.js', bytes: 20_000 },
  { path: '_headers', bytes: 300 },
];

test('roleOf sorts build output into shell, search, pages, assets and files never saved', () => {
  assert.equal(roleOf('_astro/site.abc123.css'), 'shell');
  assert.equal(roleOf('offline/index.html'), 'shell');
  assert.equal(roleOf('index.html'), 'shell');
  assert.equal(roleOf('offline-copy.json'), 'shell');
  assert.equal(roleOf('pagefind/fragment/en-gb_2.pf_fragment'), 'search');
  assert.equal(roleOf('search/index.html'), 'search');
  assert.equal(roleOf('search/vocabulary.json'), 'search');
  assert.equal(roleOf('procedures/neglect/index.html'), 'page');
  assert.equal(roleOf('images/diagram.png'), 'asset');
  for (const never of [
    'sw.js',
    'workbox-v7.4.1/workbox-sw.js',
    'workbox-v7.4.1/workbox-core.prod.js',
    'sitemap.xml',
    'changes.xml',
    '404.html',
    '_headers',
    'robots.txt',
    '_astro/x.js.map',
    '.DS_Store',
  ]) {
    assert.equal(roleOf(never), 'skip', never);
  }
});

test('a site under the limit is saved whole, minus files a reader never needs', () => {
  const plan = planOfflineCopy(site, { maxBytes: DEFAULT_MAX_BYTES });
  assert.equal(plan.mode, 'everything');
  assert.deepEqual(plan.onDemand, []);
  const saved = paths(plan.precache);
  for (const path of [
    '_astro/site.abc123.css',
    'offline/index.html',
    'pagefind/wasm.en-gb.pagefind',
    'pagefind/filter/en-gb_3.pf_filter',
    'procedures/neglect/index.html',
    'briefings/invisible-men/index.html',
    'images/diagram.png',
  ]) {
    assert.ok(saved.includes(path), path);
  }
  for (const path of ['sitemap.xml', '404.html', 'sw.js', '_headers']) assert.ok(!saved.includes(path), path);
  assert.equal(plan.bytes, plan.siteBytes);
  assert.equal(
    plan.bytes,
    site.filter((f) => roleOf(f.path) !== 'skip').reduce((t, f) => t + f.bytes, 0),
  );
  // The shell comes first, so the pieces every page needs are listed before any page.
  assert.equal(roleOf(saved[0]!), 'shell');
});

test('exactly at the limit is still everything; one byte less switches to priority', () => {
  const whole = planOfflineCopy(site, { maxBytes: 1e9 }).siteBytes;
  assert.equal(planOfflineCopy(site, { maxBytes: whole }).mode, 'everything');
  assert.equal(planOfflineCopy(site, { maxBytes: whole - 1 }).mode, 'priority');
});

test('over the limit: shell and search always, then priority sections in order, the rest on reading', () => {
  // shell 10,000 + search 20,000 = 30,000; contacts 3,000; thresholds 6,000; procedures 10,000.
  const plan = planOfflineCopy(site, { maxBytes: 40_000 });
  assert.equal(plan.mode, 'priority');
  const saved = paths(plan.precache);
  assert.ok(saved.includes('pagefind/fragment/en-gb_2.pf_fragment'));
  assert.ok(saved.includes('search/index.html'));
  assert.ok(saved.includes('contacts/index.html'));
  assert.ok(saved.includes('thresholds/index.html'));
  // 39,000 used: procedures (10,000) do not fit whole, and their index page (2,000) does not fit either.
  assert.ok(!saved.some((p) => p.startsWith('procedures/')));
  assert.ok(!saved.includes('briefings/invisible-men/index.html'));
  assert.equal(plan.bytes, 39_000);
  assert.ok(plan.bytes <= 40_000);
  assert.deepEqual(paths(plan.onDemand).sort(), [
    'briefings/invisible-men/index.html',
    'images/diagram.png',
    'procedures/bruising/index.html',
    'procedures/index.html',
    'procedures/neglect/index.html',
  ]);
  assert.equal(plan.overBudget, false);
});

test('the first section that does not fit whole is saved page by page, index page first, then stops', () => {
  // 39,000 + procedures index 2,000 + bruising 4,000 = 45,000; neglect would make 49,000.
  const plan = planOfflineCopy(site, { maxBytes: 46_000 });
  const saved = paths(plan.precache);
  assert.ok(saved.includes('procedures/index.html'));
  assert.ok(saved.includes('procedures/bruising/index.html'));
  assert.ok(!saved.includes('procedures/neglect/index.html'));
  // Lower sections are not used to fill the gap, even where a small file would fit.
  assert.ok(!saved.includes('briefings/invisible-men/index.html'));
  assert.equal(plan.bytes, 45_000);
});

test('priority sections can be chosen; unlisted sections come last', () => {
  // 30,000 of shell and search + 5,000 of briefings; the next page (contacts, 3,000) would pass 35,500.
  const plan = planOfflineCopy(site, { maxBytes: 35_500, prioritySections: ['briefings/'] });
  const saved = paths(plan.precache);
  assert.ok(saved.includes('briefings/invisible-men/index.html'));
  assert.ok(!saved.includes('contacts/index.html'));
});

test('shell and search are saved even when they alone pass the limit, and the plan says so', () => {
  const plan = planOfflineCopy(site, { maxBytes: 5_000 });
  assert.equal(plan.overBudget, true);
  assert.equal(plan.mode, 'priority');
  assert.deepEqual(paths(plan.precache).sort(), paths(site.filter((f) => ['shell', 'search'].includes(roleOf(f.path)))).sort());
});

test('excluded files are never saved, whatever the budget', () => {
  const plan = planOfflineCopy(site, { maxBytes: DEFAULT_MAX_BYTES, exclude: new Set(['images/diagram.png']) });
  assert.ok(!paths(plan.precache).includes('images/diagram.png'));
  assert.ok(!paths(plan.onDemand).includes('images/diagram.png'));
});

test('unusedPagefindUi keeps only the stock interfaces the site refers to', () => {
  const files = [
    'pagefind/pagefind.js',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-ui.css',
    'pagefind/pagefind-component-ui.js',
    'pagefind/pagefind-highlight.js',
    'pagefind/pagefind-worker.js',
  ];
  const text = 'import(`${base}pagefind/pagefind.js`); link.href = base + "pagefind/pagefind-ui.css";';
  assert.deepEqual(pagefindUiNamedIn(text), ['pagefind-ui.css']);
  assert.deepEqual(unusedPagefindUi(files, new Set(pagefindUiNamedIn(text))), [
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-component-ui.js',
    'pagefind/pagefind-highlight.js',
  ]);
});

test("pagefindUiNamedIn finds each stock interface a page or script names, once, and not Pagefind's attributes", () => {
  const page =
    '<main data-pagefind-body><script src="/pagefind/pagefind-highlight.js"></script><link href="../pagefind/pagefind-modular-ui.css"><script src="/pagefind/pagefind-highlight.js"></script>';
  assert.deepEqual(pagefindUiNamedIn(page).sort(), ['pagefind-highlight.js', 'pagefind-modular-ui.css']);
  assert.deepEqual(pagefindUiNamedIn('<div data-pagefind-ui data-pagefind-filter="type">'), []);
});

test('parseByteLimit reads bytes or sizes with units, and explains a bad value', () => {
  assert.equal(parseByteLimit(undefined), DEFAULT_MAX_BYTES);
  assert.equal(parseByteLimit(''), DEFAULT_MAX_BYTES);
  assert.equal(parseByteLimit('2000000'), 2_000_000);
  assert.equal(parseByteLimit('15MB'), 15_000_000);
  assert.equal(parseByteLimit('500 kB'), 500_000);
  assert.equal(parseByteLimit('1.5mb'), 1_500_000);
  assert.equal(parseByteLimit('2MiB'), 2 * 1024 * 1024);
  assert.throws(() => parseByteLimit('lots'), /OFFLINE_MAX_BYTES: "lots" is not a size.*15MB/);
  assert.throws(() => parseByteLimit('15 parsecs'), /not a size/);
  assert.throws(() => parseByteLimit('0'), /more than 0/);
});

test('formatBytes prints decimal units', () => {
  assert.equal(formatBytes(312), '312 bytes');
  assert.equal(formatBytes(850_400), '850 kB');
  assert.equal(formatBytes(4_230_000), '4.2 MB');
});
