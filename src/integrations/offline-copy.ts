/**
 * Makes the site work offline: after the build (and after the Pagefind index is written, so it
 * is included), chooses what to precache from the build output (src/lib/offline/plan.ts), writes
 * offline-copy.json (when this copy was built) and the service worker, sw.js: the worker in
 * src/service-worker/sw.js with its precache list, running on Workbox's prebuilt modules, which
 * are copied beside it. docs/offline.md describes the behaviour.
 *
 * Two steps, run by src/integrations/finish-build.ts: readSite while Pagefind is still writing
 * its index (in its own process), so the pages are listed and searched for the Pagefind
 * interfaces they use on a core that would otherwise wait, then writeOfflineCopy once the index
 * is there, which hashes only the files the copy holds.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import {
  formatBytes,
  OFFLINE_COPY_FILE,
  OFFLINE_PAGE,
  pagefindUiNamedIn,
  planOfflineCopy,
  roleOf,
  unusedPagefindUi,
  type BuiltFile,
  type OfflinePlan,
} from '../lib/offline/plan.ts';
import { outputFiles } from './output-files.ts';
import { NETWORK_HEADER } from '../lib/offline/status.ts';
import { precacheEntry, serviceWorkerSource, WORKBOX_PACKAGES, workboxBuildFile, workboxFolder } from '../lib/offline/service-worker.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../service-worker/sw.js', import.meta.url));
const require = createRequire(import.meta.url);

/** What the site's own scripts read from offline-copy.json (src/components/OfflineStatus.astro). */
export interface OfflineCopyInfo {
  builtAt: string;
  mode: 'everything' | 'priority';
  /** How many files the service worker precaches, this file included. */
  entries: number;
  /** Their size: what saving the site downloads, told to a reader who asked to save data first. */
  bytes: number;
}

/** The build output outside pagefind/, read before the index is written. */
export interface SiteFiles {
  files: BuiltFile[];
  /** The Pagefind stock interface files the site's pages, scripts and styles mention. */
  pagefindUiNamed: Set<string>;
}

export interface OfflineCopy {
  plan: OfflinePlan;
  /** Files the service worker precaches, offline-copy.json included. */
  count: number;
  bytes: number;
}

// Cheap byte searches first: only a file containing one of these is decoded and searched properly.
const STOCK_UI_PREFIXES = ['pagefind-ui.', 'pagefind-modular-ui.', 'pagefind-component-ui.', 'pagefind-highlight.'].map((text) =>
  Buffer.from(text),
);

/**
 * Lists the build output outside pagefind/ (which Pagefind may be writing meanwhile) and finds
 * which of Pagefind's stock interfaces the site's pages, scripts and styles name. Asynchronous,
 * so the build's connection to the Pagefind process keeps being served.
 */
export async function readSite(root: string): Promise<SiteFiles> {
  const files = outputFiles(root, { skip: ['pagefind'] }).filter((file) => file.path !== OFFLINE_COPY_FILE);
  const pagefindUiNamed = new Set<string>();
  let read = 0;
  for (const file of files) {
    const role = roleOf(file.path);
    // The search page's data files are words from the content, not code that loads an interface.
    if (role === 'skip' || !/\.(html|js|css)$/.test(file.path) || (role === 'search' && file.path !== 'search/index.html')) continue;
    // Reading synchronously is several times faster than fs/promises for thousands of small files;
    // a pause every hundred files lets the connection to Pagefind be served.
    if (++read % 100 === 0) await setImmediate();
    const content = readFileSync(join(root, file.path));
    if (STOCK_UI_PREFIXES.some((prefix) => content.includes(prefix))) {
      for (const name of pagefindUiNamedIn(content.toString('utf8'))) pagefindUiNamed.add(name);
    }
  }
  return { files, pagefindUiNamed };
}

/**
 * Copies Workbox's prebuilt modules (the ones the worker uses) into the build output, and returns
 * their folder, relative to the output. All must be one Workbox version: its loader names the
 * others by that version's file names.
 */
function copyWorkbox(root: string): string {
  const packages = WORKBOX_PACKAGES.map((name) => {
    const manifest = require.resolve(`${name}/package.json`);
    return { name, dir: dirname(manifest), version: (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version };
  });
  const versions = new Set(packages.map((pkg) => pkg.version));
  if (versions.size !== 1) {
    throw new Error(
      `Workbox's packages must all be one version (package.json pins them), but ${packages.map((pkg) => `${pkg.name} is ${pkg.version}`).join(', ')}.`,
    );
  }
  const folder = workboxFolder(packages[0]!.version);
  mkdirSync(join(root, folder), { recursive: true });
  for (const pkg of packages) {
    const file = workboxBuildFile(pkg.name);
    copyFileSync(join(pkg.dir, file), join(root, folder, file.split('/').pop()!));
  }
  return folder;
}

/** With the search index written: plans the offline copy and writes offline-copy.json and sw.js. */
export function writeOfflineCopy(root: string, site: SiteFiles, options: { base: string; maxBytes: number }): OfflineCopy {
  const { base, maxBytes } = options;
  const pagefindFiles = outputFiles(root, { folder: 'pagefind' });
  const exclude = new Set(
    unusedPagefindUi(
      pagefindFiles.map((file) => file.path),
      site.pagefindUiNamed,
    ),
  );
  const plan = planOfflineCopy([...site.files, ...pagefindFiles], { maxBytes, exclude });
  if (!plan.precache.some((file) => file.path === OFFLINE_PAGE)) {
    throw new Error(`The offline page (${OFFLINE_PAGE}) is missing from the build: src/pages/offline.astro must exist.`);
  }

  const info: OfflineCopyInfo = {
    builtAt: new Date().toISOString(),
    mode: plan.mode,
    entries: plan.precache.length + 1,
    bytes: plan.bytes,
  };
  const infoText = `${JSON.stringify(info)}\n`;
  writeFileSync(join(root, OFFLINE_COPY_FILE), infoText);
  const manifest = plan.precache.map((file) => precacheEntry(base, file.path, readFileSync(join(root, file.path))));
  manifest.push(precacheEntry(base, OFFLINE_COPY_FILE, Buffer.from(infoText)));
  const workboxPath = `${base}${copyWorkbox(root)}`;
  const settings = {
    manifest,
    base,
    offlinePage: OFFLINE_PAGE,
    workboxPath,
    copyInfo: `${base}${OFFLINE_COPY_FILE}`,
    networkHeader: NETWORK_HEADER,
  };
  writeFileSync(join(root, 'sw.js'), serviceWorkerSource(readFileSync(WORKER_SOURCE, 'utf8'), settings));
  return { plan, count: manifest.length, bytes: plan.bytes + Buffer.byteLength(infoText) };
}

/** What the build says of the offline copy: its size and what it holds, and a warning when over the limit. */
export function offlineCopyReport({ plan, count, bytes }: OfflineCopy, maxBytes: number): { info: string; warning?: string } {
  const limit = `limit ${formatBytes(maxBytes)}, set by OFFLINE_MAX_BYTES`;
  const onDemandPages = plan.onDemand.filter((file) => file.path.endsWith('.html')).length;
  const info =
    plan.mode === 'everything'
      ? `Offline copy: ${count} files, ${formatBytes(bytes)}: the whole site (${limit}).`
      : `Offline copy: ${count} files, ${formatBytes(bytes)}: the shell, search and most-used sections. ` +
        `The site is ${formatBytes(plan.siteBytes)}; ${plan.onDemand.length} files (${onDemandPages} pages) are saved when first read (${limit}).`;
  return plan.overBudget
    ? {
        info,
        warning: `The site shell and search index alone are over the offline limit (${limit}); they are saved all the same. See docs/offline.md.`,
      }
    : { info };
}
