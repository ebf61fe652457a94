/**
 * The relevance suite (cases in relevance-cases.ts): every query must put its document in the
 * top three, searched through the real search page of the built site.
 */
import { test, expect } from '@playwright/test';
import { RELEVANCE_CASES, SAME_TOP_RESULT } from './relevance-cases.ts';
import { openSearch, resultPaths } from './search-helpers.ts';

test('the suite has at least 40 queries, each expecting a page the site has', async ({ request }) => {
  expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
  for (const path of new Set(RELEVANCE_CASES.map((c) => c.expect))) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

for (const { query, expect: wanted, kind } of RELEVANCE_CASES) {
  test(`“${query}” (${kind}) finds ${wanted} in the top 3`, async ({ page }) => {
    await openSearch(page, query);
    const top = (await resultPaths(page)).slice(0, 3);
    expect(top, `top 3 for “${query}”`).toContain(wanted);
  });
}

for (const [one, other] of SAME_TOP_RESULT) {
  test(`“${one}” and “${other}” find the same top document`, async ({ page }) => {
    await openSearch(page, one);
    const first = (await resultPaths(page))[0];
    expect(first, `a result for “${one}”`).toBeTruthy();
    await openSearch(page, other);
    expect((await resultPaths(page))[0]).toBe(first);
  });
}
