/**
 * Makes the site work offline: after the build (and after the Pagefind index is written, so it
 * is included), chooses what to precache from the build output (src/lib/offline-plan.ts), writes
 * offline-copy.json (when this copy was built) and generates the service worker, sw.js, with
 * Workbox. Prints the offline copy's size. docs/offline.md describes the behaviour.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
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
        const precached = new Set([...plan.precache.map((file) => file.path), OFFLINE_COPY_FILE]);

        const { count, size, warnings } = await generateSW({
          swDest: join(root, 'sw.js'),
          globDirectory: root,
          globPatterns: ['**/*'],
          globIgnores: ['sw.js', 'workbox-*.js'],
          // The plan has already applied the budget; Workbox's own 2 MB per-file cap would drop files silently.
          maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
          // Vite puts a content hash in every file name under _astro/, so those need no revision.
          dontCacheBustURLsMatching: /^_astro\//,
          // Every other file gets a revision from its content: a new deploy re-downloads only what changed.
          manifestTransforms: [
            (entries) => ({ manifest: entries.filter((entry) => precached.has(entry.url)).map((entry) => ({ ...entry, url: `${base}${entry.url}` })) }),
          ],
          cacheId: 'llr',
          // A new deploy takes over on the reader's next visit; a reader offline keeps the version they have.
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // /procedures/neglect/ is served from procedures/neglect/index.html.
          directoryIndex: 'index.html',
          // Saved pages do not vary by query: the no-JavaScript form's /search/?q=... is the saved
          // search page, answered on the device. (With JavaScript the words travel in the fragment,
          // which is never sent at all: src/lib/search/url-state.ts.)
          ignoreURLParametersMatching: [/.*/],
          // Workbox's runtime goes in its own file (workbox-<hash>.js) beside sw.js: the build makes it in
          // half the time of inlining, and update checks compare only the small sw.js.
          inlineWorkboxRuntime: false,
          mode: 'production',
          sourcemap: false,
          disableDevLogs: true,
          runtimeCaching: [
            {
              // Pages not in the precache (above the size limit, or not built at all): the network,
              // a copy kept from an earlier reading, then the offline page.
              urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: 'llr-pages',
                networkTimeoutSeconds: 5,
                expiration: { maxEntries: 500 },
                precacheFallback: { fallbackURL: `${base}${OFFLINE_PAGE}` },
              },
            },
            {
              urlPattern: ({ request, sameOrigin }) => sameOrigin && ['image', 'style', 'script', 'font', 'manifest'].includes(request.destination),
              handler: 'StaleWhileRevalidate',
              options: { cacheName: 'llr-assets', expiration: { maxEntries: 300 } },
            },
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        if (count !== precached.size) {
          throw new Error(`The service worker precaches ${count} files but the offline plan has ${precached.size}: a planned file was not found in ${root}.`);
        }

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
