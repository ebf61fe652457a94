/**
 * What goes into the service worker, sw.js: its precache list and its settings. Pure: file paths
 * and contents in, text out. The build integration (src/integrations/offline-copy.ts) reads the
 * files and copies Workbox's modules; src/service-worker/sw.js is the worker itself.
 */
import { createHash } from 'node:crypto';

/**
 * Workbox's modules the worker uses, by package: workbox-sw is Workbox's loader, which imports
 * the others (as `<package>.prod.js`) the first time the worker names them.
 */
export const WORKBOX_PACKAGES = [
  'workbox-sw',
  'workbox-core',
  'workbox-precaching',
  'workbox-routing',
  'workbox-strategies',
  'workbox-expiration',
] as const;

/** The file each Workbox package ships for the loader, relative to the package's folder. */
export const workboxBuildFile = (pkg: (typeof WORKBOX_PACKAGES)[number]) =>
  pkg === 'workbox-sw' ? 'build/workbox-sw.js' : `build/${pkg}.prod.js`;

/** Where Workbox's modules go in the build output: versioned, so a new Workbox is a new address. */
export const workboxFolder = (version: string) => `workbox-v${version}/`;

export interface PrecacheEntry {
  url: string;
  /** A hash of the file's content; null for files whose name already changes with their content. */
  revision: string | null;
}

/**
 * One file of the precache list. Vite puts a content hash in every file name under _astro/, so
 * those need no revision; every other file gets one from its content, so a new deploy downloads
 * again only the files that changed. (MD5, as Workbox's own build uses: it names a version, it
 * protects nothing.)
 */
export function precacheEntry(base: string, path: string, content: Uint8Array): PrecacheEntry {
  const revision = path.startsWith('_astro/') ? null : createHash('md5').update(content).digest('hex');
  return { url: `${base}${path}`, revision };
}

export interface ServiceWorkerSettings {
  manifest: PrecacheEntry[];
  /** The site's base path, ending in "/". */
  base: string;
  /** The page shown for a page that is neither saved nor reachable, relative to the base. */
  offlinePage: string;
  /** The address of the folder holding Workbox's modules, ending in "/". */
  workboxPath: string;
  /** The address of offline-copy.json, which the worker answers with a check of the network. */
  copyInfo: string;
  /** The header that carries the result of that check (NETWORK_HEADER). */
  networkHeader: string;
}

/** sw.js: the settings the worker reads (`self.__OFFLINE_COPY__`), then the worker's code. */
export function serviceWorkerSource(workerCode: string, settings: ServiceWorkerSettings): string {
  return `self.__OFFLINE_COPY__ = ${JSON.stringify(settings)};\n${workerCode}`;
}

/** The settings in a sw.js this module wrote, or undefined: for the build's tests and the benchmark. */
export function serviceWorkerSettings(serviceWorker: string): ServiceWorkerSettings | undefined {
  const settings = /^self\.__OFFLINE_COPY__ = (.*);$/m.exec(serviceWorker)?.[1];
  return settings ? (JSON.parse(settings) as ServiceWorkerSettings) : undefined;
}

/** The precache list of a sw.js this module wrote. */
export const precachedUrls = (serviceWorker: string): string[] =>
  serviceWorkerSettings(serviceWorker)?.manifest.map((entry) => entry.url) ?? [];
