/** Drives the search page the way a person does, for the search tests. */
import { expect, type Page } from '@playwright/test';

/** Opens /search/ with an address (query and filters, in the fragment as the site writes them) and waits for the results to be drawn. */
export async function openSearch(page: Page, query: string, filters: Record<string, string[]> = {}): Promise<void> {
  const params = new URLSearchParams({ q: query });
  for (const [key, values] of Object.entries(filters)) for (const value of values) params.append(key, value);
  await page.goto(`/search/#${params}`);
  await searchSettled(page);
}

/**
 * Opens the folded "Filter results" panel, which is what loads the filters, and waits for every
 * value's count.
 */
export async function openFilters(page: Page): Promise<void> {
  const panel = page.locator('[data-search-filters]');
  if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open))) await panel.locator('summary').click();
  await expect(panel.locator('input[type=checkbox]').first()).toBeVisible({ timeout: 30_000 });
  await expect(panel.locator('.search-filters__count').first()).toHaveText(/^\((\d+ results?|no results)\)$/, { timeout: 30_000 });
}

/** Waits until the live region reports a count (not "Searching for …") and no search is running. */
export async function searchSettled(page: Page): Promise<void> {
  // The first search of a page load fetches Pagefind: allow for a slow machine.
  await expect(page.locator('[data-search-status]')).toHaveText(/^(No|\d+) results?/, { timeout: 30_000 });
  await expect(page.locator('[data-search]')).not.toHaveAttribute('aria-busy', 'true', { timeout: 30_000 });
}

/** The site paths of the results shown, best first. */
export async function resultPaths(page: Page): Promise<string[]> {
  return page.locator('.search-result__title a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** The number of results the live region announces. */
export async function announcedCount(page: Page): Promise<number> {
  const text = (await page.locator('[data-search-status]').textContent()) ?? '';
  const match = /^(No|\d+) results?/.exec(text);
  if (!match) throw new Error(`no count in "${text}"`);
  return match[1] === 'No' ? 0 : Number(match[1]);
}

/** Presses "Show more results" until every result is listed. */
export async function showAllResults(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: 'Show more results' });
  const results = page.locator('.search-result');
  while (await more.isVisible()) {
    const shown = await results.count();
    await more.click();
    await expect(results).not.toHaveCount(shown);
  }
}
