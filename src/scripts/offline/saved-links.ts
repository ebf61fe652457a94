/**
 * On the offline page: hides links to pages that are not saved on this device, so every link
 * left works without a signal. Reads only the site's own caches; with no caches (the page
 * opened online, or a browser without them) every link stays.
 */
import { savedPaths } from '../../lib/offline/status.ts';

export async function showOnlySavedLinks(): Promise<void> {
  if (!('caches' in window)) return;
  const names = (await caches.keys()).filter((name) => name.startsWith('llr-'));
  const keys: string[] = [];
  for (const name of names) {
    const cache = await caches.open(name);
    keys.push(...(await cache.keys()).map((request) => request.url));
  }
  const saved = savedPaths(keys);
  if (saved.size === 0) return;

  let left = 0;
  for (const list of document.querySelectorAll<HTMLElement>('[data-offline-links]')) {
    let shown = 0;
    for (const item of list.querySelectorAll<HTMLLIElement>('li')) {
      const link = item.querySelector('a');
      const available = link ? saved.has(new URL(link.href).pathname) : true;
      item.hidden = !available;
      if (available) shown += 1;
      else left += 1;
    }
    const section = list.closest<HTMLElement>('[data-offline-section]');
    if (section) section.hidden = shown === 0;
  }
  // Say that some pages are missing from the list only when some are.
  const notSaved = document.querySelector<HTMLElement>('[data-offline-not-saved]');
  if (notSaved) notSaved.hidden = left === 0;
}
