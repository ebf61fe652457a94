/**
 * Makes the site work offline: after the build (and after the Pagefind index is written, so it
 * is included), chooses what to precache from the build output (src/lib/offline-plan.ts), writes
 * offline-copy.json (when this copy was built) and the service worker, sw.js: the worker in
 * src/service-worker/sw.js with its precache list, running on Workbox's prebuilt modules, which
 * are copied beside it. Prints the offline copy's size. docs/offline.md describes the behaviour.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import {
  formatBytes,
  OFFLINE_COPY_FILE,
  OFFLINE_PAGE,
  parseByteLimit,
  planOfflineCopy,
  roleOf,
  unusedPagefindUi,
  type BuiltFile,
} from '../lib/offline-plan.ts';
import { precacheEntry, serviceWorkerSource, WORKBOX_PACKAGES, workboxBuildFile, workboxFolder } from '../lib/service-worker.ts';

const WORKER_SOURCE = fileURLToPath(new URL('../service-worker/sw.js', import.meta.url));
const require = createRequire(import.meta.url);

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
    throw new Error(`Workbox's packages must all be one version (package.json pins them), but ${packages.map((pkg) => `${pkg.name} is ${pkg.version}`).join(', ')}.`);
  }
  const folder = workboxFolder(packages[0]!.version);
  mkdirSync(join(root, folder), { recursive: true });
  for (const pkg of packages) {
    const file = workboxBuildFile(pkg.name);
    copyFileSync(join(pkg.dir, file), join(root, folder, file.split('/').pop()!));
  }
  return folder;
}

/** What the site's own scripts read from offline-copy.json (src/components/OfflineStatus.astro). */
export interface OfflineCopyInfo {
  builtAt: string;
  mode: 'everything' | 'priority';
  /** How many files the service worker precaches, this file included. */
  entries: number;
}

function builtFiles(root: string): BuiltFile[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(root, full).split(sep).join('/'), bytes: statSync(full).size };
    });
}

/** The text of the site's scripts, styles and pages: where a Pagefind interface in use is named. */
function siteText(root: string, files: BuiltFile[]): string {
  return files
    .filter((file) => roleOf(file.path) !== 'search' || file.path === 'search/index.html')
    .filter((file) => /\.(html|js|css)$/.test(file.path) && roleOf(file.path) !== 'skip')
    .map((file) => readFileSync(join(root, file.path), 'utf8'))
    .join('\n');
}

export default function offlineCopy(): AstroIntegration {
  let base = '/';
  let maxBytes = 0;
  return {
    name: 'llr:offline-copy',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // Read now, so a mistyped limit fails the build before any work rather than at the end.
        maxBytes = parseByteLimit(process.env.OFFLINE_MAX_BYTES);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = builtFiles(root).filter((file) => file.path !== OFFLINE_COPY_FILE);
        const pagefindFiles = files.map((file) => file.path).filter((path) => path.startsWith('pagefind/'));
        const exclude = new Set(unusedPagefindUi(pagefindFiles, siteText(root, files)));
        const plan = planOfflineCopy(files, { maxBytes, exclude });
        if (!plan.precache.some((file) => file.path === OFFLINE_PAGE)) {
          throw new Error(`The offline page (${OFFLINE_PAGE}) is missing from the build: src/pages/offline.astro must exist.`);
        }

        const info: OfflineCopyInfo = { builtAt: new Date().toISOString(), mode: plan.mode, entries: plan.precache.length + 1 };
        writeFileSync(join(root, OFFLINE_COPY_FILE), `${JSON.stringify(info)}\n`);
        const manifest = plan.precache.map((file) => precacheEntry(base, file.path, readFileSync(join(root, file.path))));
        manifest.push(precacheEntry(base, OFFLINE_COPY_FILE, readFileSync(join(root, OFFLINE_COPY_FILE))));
        const workboxPath = `${base}${copyWorkbox(root)}`;
        const workerCode = readFileSync(WORKER_SOURCE, 'utf8');
        writeFileSync(join(root, 'sw.js'), serviceWorkerSource(workerCode, { manifest, base, offlinePage: OFFLINE_PAGE, workboxPath }));
        const count = manifest.length;
        const size = plan.bytes + statSync(join(root, OFFLINE_COPY_FILE)).size;

        const limit = `limit ${formatBytes(maxBytes)}, set by OFFLINE_MAX_BYTES`;
        if (plan.mode === 'everything') {
          logger.info(`Offline copy: ${count} files, ${formatBytes(size)}: the whole site (${limit}).`);
        } else {
          const pages = plan.onDemand.filter((file) => file.path.endsWith('.html')).length;
          logger.info(
            `Offline copy: ${count} files, ${formatBytes(size)}: the shell, search and most-used sections. ` +
              `The site is ${formatBytes(plan.siteBytes)}; ${plan.onDemand.length} files (${pages} pages) are saved when first read (${limit}).`,
          );
        }
        if (plan.overBudget) {
          logger.warn(`The site shell and search index alone are over the offline limit (${limit}); they are saved all the same. See docs/offline.md.`);
        }
      },
    },
  };
}
