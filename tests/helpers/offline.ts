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
 * exactly the files that offline-copy.json says the copy has.
 */
export async function waitForOfflineCopy(page: Page): Promise<OfflineCopy> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    const info = (await (await fetch(new URL('offline-copy.json', registration.scope))).json()) as { builtAt: string; entries: number };
    // Exactly the copy's files: fewer while saving, more while an old version's are being removed.
    // After 30 s the state is returned as it is, for the test's assertions to report.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const precaches = (await caches.keys()).filter((name) => name.startsWith('llr-precache'));
      let cached = 0;
      for (const name of precaches) cached += (await (await caches.open(name)).keys()).length;
      if (cached === info.entries || Date.now() > deadline) return { ...info, cached, precaches, scope: registration.scope };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
}
