/**
 * On the offline page (src/pages/offline.astro): hides links to pages that are not saved on this
 * device, so every link left works without a signal. Enhances each list carrying
 * `data-offline-links`; a list with no saved page hides its section, and the notice that some
 * pages are not listed shows only when some are not. Reads only the site's own caches; with no
 * caches (the page opened online, or a browser without them) every link stays.
 */
import { savedPaths } from '../../lib/offline/status.ts';
import { enhance } from '../enhance.ts';

let reading: Promise<Set<string>> | undefined;

/** The site paths saved on this device, read from the caches once for every list. */
function savedOnThisDevice(): Promise<Set<string>> {
  reading ??= (async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('llr-'));
    const keys: string[] = [];
    for (const name of names) {
      const cache = await caches.open(name);
      keys.push(...(await cache.keys()).map((request) => request.url));
    }
    return savedPaths(keys);
  })();
  return reading;
}

async function showOnlySavedLinks(list: HTMLElement): Promise<void> {
  if (!('caches' in window)) return;
  const saved = await savedOnThisDevice();
  if (saved.size === 0) return;

  let shown = 0;
  let left = 0;
  for (const item of list.querySelectorAll<HTMLLIElement>('li')) {
    const link = item.querySelector('a');
    const available = link ? saved.has(new URL(link.href).pathname) : true;
    item.hidden = !available;
    if (available) shown += 1;
    else left += 1;
  }
  const section = list.closest<HTMLElement>('[data-offline-section]');
  if (section) section.hidden = shown === 0;
  // Say that some pages are missing from the lists only when some are.
  const notSaved = document.querySelector<HTMLElement>('[data-offline-not-saved]');
  if (notSaved && left > 0) notSaved.hidden = false;
}

enhance('data-offline-links', (list) => void showOnlySavedLinks(list));
