/**
 * What the service worker saves on a reader's device when they first visit: "the offline copy".
 * Pure: a list of built files with their sizes goes in, the list to precache comes out. The
 * build integration (src/integrations/offline-copy.ts) feeds it the build output and hands the
 * result to Workbox; docs/offline.md explains the behaviour to hosts and editors.
 *
 * Up to the size limit, everything a reader can open is saved. Above it, the site shell, the
 * search index and the most-used sections are saved, and other pages are cached when read.
 */

/** A file of the build output; `path` is relative to the output folder, with "/" separators. */
export interface BuiltFile {
  path: string;
  bytes: number;
}

/**
 * shell: styles, scripts, icons, manifest, the home and offline pages: without them nothing works.
 * search: the search page, its data files and the complete Pagefind index.
 * page / asset: everything else a reader can open; skip: files a reader never needs offline.
 */
export type FileRole = 'shell' | 'search' | 'page' | 'asset' | 'skip';

/** Written next to the service worker and precached: when this copy was built, and its size. */
export const OFFLINE_COPY_FILE = 'offline-copy.json';
export const OFFLINE_PAGE = 'offline/index.html';

/** Sections saved first, most used first, when the whole site is over the limit. */
export const DEFAULT_PRIORITY_SECTIONS = ['contacts/', 'thresholds/', 'a-z/', 'arrangements/', 'procedures/'] as const;

/** 15 MB: comfortably inside what phone browsers let one site store. */
export const DEFAULT_MAX_BYTES = 15_000_000;

// Pagefind writes its stock search interfaces next to the index; they are saved only when the
// site's own code refers to them (see unusedPagefindUi).
const PAGEFIND_STOCK_UI_NAME = /pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)/g;
const PAGEFIND_STOCK_UI = /^pagefind\/pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export function roleOf(path: string): FileRole {
  const name = path.split('/').pop() ?? path;
  if (
    name.startsWith('.') ||
    path === 'sw.js' ||
    // The open data files (src/pages/data/) are for other programs, not for reading offline.
    path.startsWith('data/') ||
    // Workbox's modules (workbox-v<version>/): the browser keeps what the worker imports with the worker.
    path.startsWith('workbox-v') ||
    /\.(map|xml|txt)$/.test(name) ||
    path === '_headers' ||
    path === '_redirects' ||
    path === '404.html'
  ) {
    return 'skip';
  }
  if (
    path.startsWith('_astro/') ||
    path.startsWith('icons/') ||
    /^favicon\.(svg|ico|png)$/.test(path) ||
    path === 'manifest.webmanifest' ||
    path === OFFLINE_COPY_FILE ||
    path === 'index.html' ||
    path === OFFLINE_PAGE
  ) {
    return 'shell';
  }
  // The search page and what it loads beside the index (its vocabulary and glossary data).
  if (path.startsWith('pagefind/') || path.startsWith('search/')) return 'search';
  if (name.endsWith('.html')) return 'page';
  return 'asset';
}

/** The names of Pagefind's stock interface files (e.g. "pagefind-ui.css") that a text mentions. */
export function pagefindUiNamedIn(text: string): string[] {
  return [...new Set(text.match(PAGEFIND_STOCK_UI_NAME) ?? [])];
}

/**
 * Pagefind's stock interfaces that nothing in the site refers to. `named` holds the interface
 * file names the site's own scripts, styles and pages mention (pagefindUiNamedIn).
 */
export function unusedPagefindUi(paths: readonly string[], named: ReadonlySet<string>): string[] {
  return paths.filter((path) => PAGEFIND_STOCK_UI.test(path) && !named.has(path.slice('pagefind/'.length)));
}

export interface OfflinePlanOptions {
  /** The most the offline copy may hold, in bytes. */
  maxBytes: number;
  /** Page sections (path prefixes), most used first; defaults to DEFAULT_PRIORITY_SECTIONS. */
  prioritySections?: readonly string[];
  /** Files to leave out whatever the size (e.g. unused Pagefind interfaces). */
  exclude?: ReadonlySet<string>;
}

export interface OfflinePlan {
  /** everything: the whole site fits; priority: shell, search and the most-used sections only. */
  mode: 'everything' | 'priority';
  /** Files to precache, shell first. */
  precache: BuiltFile[];
  /** Files a reader can open that are not precached: cached when read. */
  onDemand: BuiltFile[];
  /** Bytes of the precache list. */
  bytes: number;
  /** Bytes of everything a reader can open (precache + onDemand). */
  siteBytes: number;
  /** True when the shell and search alone are over maxBytes (they are saved all the same). */
  overBudget: boolean;
}

const sum = (files: readonly BuiltFile[]) => files.reduce((total, file) => total + file.bytes, 0);

// A section's index page before its documents, then by path, so a partly saved section keeps
// its front page and a stable, predictable order.
const byDepthThenPath = (a: BuiltFile, b: BuiltFile) =>
  a.path.split('/').length - b.path.split('/').length || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Chooses what to precache. When everything fits in maxBytes, everything is saved. Otherwise the
 * shell and search are always saved, then each priority section whole while it fits; the first
 * section that does not fit whole is saved page by page until the next page would pass the limit,
 * and the sections after it (and any other pages) are left to caching on reading.
 */
export function planOfflineCopy(files: readonly BuiltFile[], options: OfflinePlanOptions): OfflinePlan {
  const { maxBytes, prioritySections = DEFAULT_PRIORITY_SECTIONS, exclude = new Set<string>() } = options;
  const wanted = files.filter((file) => !exclude.has(file.path) && roleOf(file.path) !== 'skip');
  const inRole = (role: FileRole) => wanted.filter((file) => roleOf(file.path) === role).sort(byDepthThenPath);
  const shell = inRole('shell');
  const search = inRole('search');
  const rest = [...inRole('page'), ...inRole('asset')];
  const siteBytes = sum(wanted);

  if (siteBytes <= maxBytes) {
    return { mode: 'everything', precache: [...shell, ...search, ...rest], onDemand: [], bytes: siteBytes, siteBytes, overBudget: false };
  }

  // Priority sections in order, then whatever is left as one last, lowest section.
  const sections: BuiltFile[][] = [];
  let remaining = rest;
  for (const prefix of prioritySections) {
    sections.push(remaining.filter((file) => file.path.startsWith(prefix)));
    remaining = remaining.filter((file) => !file.path.startsWith(prefix));
  }
  sections.push(remaining);

  const precache = [...shell, ...search];
  let bytes = sum(precache);
  const overBudget = bytes > maxBytes;
  for (const section of sections) {
    const sectionBytes = sum(section);
    if (bytes + sectionBytes <= maxBytes) {
      precache.push(...section);
      bytes += sectionBytes;
      continue;
    }
    for (const file of section) {
      if (bytes + file.bytes > maxBytes) break;
      precache.push(file);
      bytes += file.bytes;
    }
    break;
  }
  const saved = new Set(precache.map((file) => file.path));
  const onDemand = rest.filter((file) => !saved.has(file.path));
  return { mode: 'priority', precache, onDemand, bytes, siteBytes, overBudget };
}

const UNITS: Record<string, number> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

/**
 * Reads the OFFLINE_MAX_BYTES setting: plain bytes ("15000000") or a size with a unit ("15MB",
 * "500 kB", "2GiB"). Unset or empty gives DEFAULT_MAX_BYTES.
 */
export function parseByteLimit(value: string | undefined, name = 'OFFLINE_MAX_BYTES'): number {
  if (value === undefined || value.trim() === '') return DEFAULT_MAX_BYTES;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? UNITS[(match[2] || 'b').toLowerCase()] : undefined;
  if (!match || unit === undefined) {
    throw new Error(`${name}: "${value}" is not a size. Give a number of bytes (15000000) or a size with a unit (15MB, 500kB).`);
  }
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes <= 0) throw new Error(`${name}: "${value}" must be more than 0 bytes.`);
  return bytes;
}

/** "4.2 MB", "850 kB", "312 bytes": decimal units, as phones report storage. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} kB`;
  return `${bytes} bytes`;
}
