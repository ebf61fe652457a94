/**
 * What the offline copy notice says (src/components/OfflineStatus.astro), for each state the
 * service worker can be in. Pure, so every message is tested; the browser script only decides
 * which state applies.
 */

/**
 * The header the service worker adds to the saved offline-copy.json it answers with: whether the
 * network answered its check at the same moment. `navigator.onLine` is no evidence of a
 * connection (behind a captive portal, on one bar of signal, or in some browsers when only the
 * worker is cut off, it stays true), so the page asks the worker, which tried.
 */
export const NETWORK_HEADER = 'X-Offline-Copy-Network';
export type NetworkCheck = 'reached' | 'failed';

/**
 * Whether the reader has a connection: not when the browser says it is offline, and not when the
 * worker's check of the network just failed. A page answered without the worker (no header) came
 * over the network, so it has one.
 */
export function hasConnection(navigatorOnline: boolean, check: string | null): boolean {
  return navigatorOnline && check !== 'failed';
}

/** "2.5 MB": sizes as a reader would say them (1 MB = 1,000,000 bytes, as phone data plans count). */
export function formatDownload(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export type OfflineState =
  /**
   * Not saved, because the reader asked their browser to save data: saving waits for them.
   * `bytes` is what saving downloads, where known.
   */
  | { kind: 'not-saved'; bytes?: number }
  /** The reader chose to save the site and it is being saved for the first time. */
  | { kind: 'saving' }
  /** The site is saved on this device; online says whether there is a signal now. */
  | { kind: 'saved'; builtAt: string; online: boolean }
  | { kind: 'checking' }
  | { kind: 'up-to-date'; builtAt: string }
  | { kind: 'downloading' }
  /** A new version has been saved and has taken over; this page still shows the old one. */
  | { kind: 'updated' }
  | { kind: 'check-failed' };

export interface OfflineNotice {
  text: string;
  /** The button beside the text, if any: what it does and what it says. */
  action?: { does: 'check' | 'refresh' | 'save'; label: string };
  /** Drives the style only: the text always says the same thing in words. */
  tone: 'info' | 'offline' | 'update';
}

/** "23 November 2025 at 18:38", in the reader's time zone unless one is given (for tests). */
export function formatBuiltAt(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'an unknown date';
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}

const CHECK = { does: 'check', label: 'Check for updates' } as const;

export function describeOfflineState(state: OfflineState, timeZone?: string): OfflineNotice {
  switch (state.kind) {
    case 'not-saved':
      return {
        text: `This site can be saved on this device so it works without a signal.${state.bytes ? ` Saving it downloads about ${formatDownload(state.bytes)}.` : ''} Your browser is set to save data, so it is not saved unless you choose to.`,
        action: { does: 'save', label: 'Save this site for offline use' },
        tone: 'info',
      };
    case 'saving':
      return { text: 'Saving this site on this device…', tone: 'info' };
    case 'saved':
      return state.online
        ? {
            text: `This site is saved on this device, so it works without a signal. Offline copy last updated ${formatBuiltAt(state.builtAt, timeZone)}.`,
            action: CHECK,
            tone: 'info',
          }
        : {
            text: `You are offline. You are reading the copy saved on this device, last updated ${formatBuiltAt(state.builtAt, timeZone)}.`,
            tone: 'offline',
          };
    case 'checking':
      return { text: 'Checking for a newer version of this site…', tone: 'info' };
    case 'up-to-date':
      return {
        text: `Your offline copy is up to date. It was last updated ${formatBuiltAt(state.builtAt, timeZone)}.`,
        action: CHECK,
        tone: 'info',
      };
    case 'downloading':
      return { text: 'Saving the newer version of this site on this device…', tone: 'info' };
    case 'updated':
      return {
        text: 'A newer version of this site has been saved on this device. Refresh the page to see it.',
        action: { does: 'refresh', label: 'Refresh page' },
        tone: 'update',
      };
    case 'check-failed':
      return { text: 'Could not check for a newer version. Try again when you have a signal.', action: CHECK, tone: 'offline' };
  }
}

/**
 * The site paths a cache holds, from its keys (Workbox adds `?__WB_REVISION__=` to some, and
 * saves pages as .../index.html): "/procedures/neglect/index.html?__WB_REVISION__=1a2b" and
 * "/procedures/neglect/" both give "/procedures/neglect/".
 */
export function savedPaths(cacheKeys: readonly string[]): Set<string> {
  return new Set(cacheKeys.map((key) => new URL(key, 'http://x').pathname.replace(/\/index\.html$/, '/')));
}
