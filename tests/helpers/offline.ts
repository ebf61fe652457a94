/** Browser-side waits for the offline tests: the service worker in control and its precache full. */
import type { Page } from '@playwright/test';

export interface OfflineCopy {
  builtAt: string;
  entries: number;
  /** Files in the site's precache right now. */
  cached: number;
  /** The site's precache caches (there should be exactly one). */
  precaches: string[];
  scope: string;
}

/**
 * Waits until the service worker is activated and controls the page, and its precache holds
 * every file that offline-copy.json says the copy has.
 */
export async function waitForOfflineCopy(page: Page): Promise<OfflineCopy> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    const info = (await (await fetch(new URL('offline-copy.json', registration.scope))).json()) as { builtAt: string; entries: number };
    for (;;) {
      const precaches = (await caches.keys()).filter((name) => name.startsWith('llr-precache'));
      let cached = 0;
      for (const name of precaches) cached += (await (await caches.open(name)).keys()).length;
      if (cached >= info.entries) return { ...info, cached, precaches, scope: registration.scope };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
}
