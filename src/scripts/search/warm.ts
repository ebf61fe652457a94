/** Fetches Pagefind and its index metadata ahead of a search; the browser caches them for /search/. */
import { loadPagefind } from './pagefind.ts';

export async function warm(): Promise<void> {
  try {
    await (await loadPagefind()).init();
  } catch {
    // Search still works without the warm-up: the form goes to /search/.
  }
}
