/**
 * The relevance suite (cases in relevance-cases.ts): every query must put its document in the
 * top three, searched through the real search page of the built site. Each worker keeps one
 * search page open and types each query into it, as a person searching again would, so the
 * suite does not reload Pagefind for every query.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { FIRST_RESULT_CASES, RELEVANCE_CASES, SAME_TOP_RESULT } from './relevance-cases.ts';
import { resultPaths, searchSettled } from './search-helpers.ts';

const test = base.extend<object, { searchPage: Page }>({
  searchPage: [
    async ({ browser }, use) => {
      const page = await browser.newPage({ baseURL: test.info().project.use.baseURL });
      await page.goto('/search/');
      await expect(page.locator('[data-search-filters]')).toBeVisible({ timeout: 15_000 });
      await use(page);
      await page.close();
    },
    { scope: 'worker' },
  ],
});

/** Searches from the page's own box and returns the result paths, best first. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-page-input').fill(query);
  await page.locator('#search-page-input').press('Enter');
  // The address changes at once and the page is busy until the new results are drawn.
  const address = `#${new URLSearchParams({ q: query })}`;
  await expect(page).toHaveURL((url) => url.hash === address);
  await searchSettled(page);
  return resultPaths(page);
}

test('the suite has at least 40 queries, each expecting a page the site has', async ({ request }) => {
  expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
  for (const path of new Set([...RELEVANCE_CASES, ...FIRST_RESULT_CASES].map((c) => c.expect))) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

for (const { query, expect: wanted, kind } of RELEVANCE_CASES) {
  test(`“${query}” (${kind}) finds ${wanted} in the top 3`, async ({ searchPage }) => {
    const top = (await search(searchPage, query)).slice(0, 3);
    expect(top, `top 3 for “${query}”`).toContain(wanted);
  });
}

for (const { query, expect: wanted, kind } of FIRST_RESULT_CASES) {
  test(`“${query}” (${kind}) finds ${wanted} first`, async ({ searchPage }) => {
    expect((await search(searchPage, query))[0], `first result for “${query}”`).toBe(wanted);
  });
}

for (const [one, other] of SAME_TOP_RESULT) {
  test(`“${one}” and “${other}” find the same top document`, async ({ searchPage }) => {
    const first = (await search(searchPage, one))[0];
    expect(first, `a result for “${one}”`).toBeTruthy();
    expect((await search(searchPage, other))[0]).toBe(first);
  });
}
