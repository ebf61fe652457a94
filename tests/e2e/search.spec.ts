/**
 * The search page and the header search box: loading only when used, results, filters, the
 * address, the keyboard, the live region, and the site's Content Security Policy.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { announcedCount, openFilters, openSearch, resultPaths, searchSettled, showAllResults } from './search-helpers.ts';

function watchPagefind(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) requests.push(request.url());
  });
  return requests;
}

test('a document page fetches nothing from /pagefind/ until the search box is used', async ({ page }) => {
  const requests = watchPagefind(page);
  await page.goto('/procedures/neglect/');
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 400);
  await page.getByRole('link', { name: 'Procedures' }).first().hover();
  expect(requests, 'search assets on page load').toEqual([]);

  await page.locator('#site-search-input').focus();
  await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('the home page and the A to Z fetch nothing from /pagefind/ on load', async ({ page }) => {
  const requests = watchPagefind(page);
  for (const path of ['/', '/a-z/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(requests).toEqual([]);
});

test('the header box: typing and pressing Enter shows results on /search/, with the words in the fragment', async ({ page }) => {
  await page.goto('/procedures/neglect/');
  await page.locator('#site-search-input').fill('LADO');
  await page.locator('#site-search-input').press('Enter');
  await expect(page).toHaveURL(/\/search\/#q=LADO$/);
  await searchSettled(page);
  await expect(page.locator('#search-page-input')).toHaveValue('LADO');
  expect((await resultPaths(page))[0]).toBe('/procedures/allegations-against-staff/');
});

test('a search in the query string (the no-JavaScript form, an older link) still works and moves into the fragment', async ({ page }) => {
  await page.goto('/search/?q=LADO');
  await searchSettled(page);
  await expect(page).toHaveURL((url) => url.pathname === '/search/' && url.search === '' && url.hash === '#q=LADO');
  expect((await resultPaths(page))[0]).toBe('/procedures/allegations-against-staff/');
});

test('on the search page, the skip link keeps the results and the header box starts a new search', async ({ page }) => {
  await openSearch(page, 'neglect');
  const count = await announcedCount(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator('#search-page-input')).toHaveValue('neglect');
  expect(await announcedCount(page)).toBe(count);
  await page.goBack();
  await expect(page).toHaveURL(/#q=neglect$/);
  await page.locator('#site-search-input').fill('LADO');
  await page.locator('#site-search-input').press('Enter');
  await expect(page).toHaveURL(/\/search\/#q=LADO$/);
  await expect(page.locator('#search-page-input')).toHaveValue('LADO');
  await searchSettled(page);
  expect((await resultPaths(page))[0]).toBe('/procedures/allegations-against-staff/');
});

test('each result shows its type, a title link, an excerpt with the words marked and the last-reviewed date', async ({ page }) => {
  await openSearch(page, 'neglect');
  const first = page.locator('.search-result').first();
  await expect(first.locator('.search-result__type')).toHaveText(/\S/);
  await expect(first.locator('.search-result__title a')).toHaveAttribute('href', /^\/[a-z-]+\/[a-z0-9-]+\/#highlight=neglect$/);
  await expect(first.locator('.search-result__excerpt mark').first()).toHaveText(/^neglect/i);
  await expect(first.locator('.search-result__reviewed time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(first.locator('.search-result__reviewed')).toContainText(/Last reviewed \d{1,2} [A-Z][a-z]+ \d{4}/);
});

test('the result count is announced in a polite live region and matches the results', async ({ page }) => {
  await openSearch(page, 'county lines');
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText('county lines');
  const count = await announcedCount(page);
  expect(count).toBeGreaterThan(0);
  await showAllResults(page);
  await expect(page.locator('.search-result')).toHaveCount(count);
});

test('a search with no results says so and points to the A to Z', async ({ page }) => {
  await openSearch(page, 'qqxxzz');
  await expect(page.getByRole('status')).toContainText('No results');
  await expect(page.getByRole('link', { name: 'A to Z of every document' })).toBeVisible();
});

test('a misspelt word is corrected, and the page says so', async ({ page }) => {
  await openSearch(page, 'neglet');
  await expect(page.locator('[data-search-correction]')).toContainText('Showing results for neglect');
  expect((await resultPaths(page)).slice(0, 3)).toContain('/procedures/neglect/');
});

test('filters sit in fieldsets with legends, each value with a count', async ({ page }) => {
  await openSearch(page, 'referral');
  await openFilters(page);
  for (const legend of ['Type of document', 'Owned by', 'Area', 'Written for']) {
    const group = page.getByRole('group', { name: legend });
    await expect(group).toBeVisible();
    await expect(group.getByRole('checkbox').first()).toBeVisible();
    await expect(group.locator('label').first()).toContainText(/\(\d+ results?\)/);
  }
});

test('the first search fetches no filter file; opening the filters, or a filter in the address, loads them', async ({ page }) => {
  const filterFiles = () => requests.filter((url) => new URL(url).pathname.includes('/pagefind/filter/'));
  const requests = watchPagefind(page);
  await openSearch(page, 'neglect');
  const count = await announcedCount(page);
  expect(count).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  expect(filterFiles(), 'filter files fetched before the filters were opened').toEqual([]);
  const panel = page.locator('[data-search-filters]');
  await expect(panel).toBeVisible();
  await expect(panel).not.toHaveAttribute('open');

  await openFilters(page);
  expect(filterFiles().length).toBeGreaterThan(0);
  // The counts are of the search already shown, which stays as it was.
  expect(await announcedCount(page)).toBe(count);
  const procedures = page.getByRole('group', { name: 'Type of document' }).locator('label', { hasText: 'Procedure' }).first();
  await expect(procedures).toContainText(/\(\d+ results?\)/);

  const fresh = await page.context().newPage();
  const freshRequests = watchPagefind(fresh);
  await openSearch(fresh, 'neglect', { type: ['Procedure'] });
  await expect(fresh.locator('[data-search-filters]')).toHaveAttribute('open', '');
  await expect(fresh.getByRole('checkbox', { name: /^Procedure/ })).toBeChecked();
  expect(freshRequests.some((url) => new URL(url).pathname.includes('/pagefind/filter/'))).toBe(true);
  await fresh.close();
});

/** The filter values a built document page declares for Pagefind, read from its markup. */
async function declaredFilters(page: Page, path: string, key: string): Promise<string[]> {
  const html = await (await page.request.get(path)).text();
  const values = [...html.matchAll(new RegExp(`data-pagefind-filter="${key}">([^<]+)<`, 'g'))].map((m) => m[1]!);
  const inline = [...html.matchAll(new RegExp(`data-pagefind-filter="${key}:([^"]+)"`, 'g'))].map((m) => m[1]!);
  return [...values, ...inline].map((v) => v.replace(/&amp;/g, '&'));
}

async function tick(page: Page, legend: string, value: string) {
  await openFilters(page);
  const group = page.getByRole('group', { name: legend });
  const label = group.locator('label', { hasText: value }).first();
  const countText = (await label.locator('.search-filters__count').textContent()) ?? '';
  await group.getByRole('checkbox', { name: new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`) }).check();
  await searchSettled(page);
  return Number(/\((\d+)/.exec(countText)?.[1]);
}

async function allResultPaths(page: Page): Promise<string[]> {
  await showAllResults(page);
  return resultPaths(page);
}

for (const { legend, key, value } of [
  { legend: 'Type of document', key: 'type', value: 'Procedure' },
  { legend: 'Owned by', key: 'owner', value: 'Policy and Procedures Group' },
  { legend: 'Area', key: 'area', value: 'Leicester' },
]) {
  test(`filtering by ${key} narrows the results to documents with that ${key}`, async ({ page }) => {
    // Every filtered result's page is fetched to check it: allow for a large result list.
    test.setTimeout(90_000);
    await openSearch(page, 'child');
    const before = await announcedCount(page);
    const promised = await tick(page, legend, value);
    await expect(page).toHaveURL(new RegExp(`[#&]${key}=${encodeURIComponent(value).replace(/%20/g, '\\+')}(&|$)`));
    const after = await announcedCount(page);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(after, 'the count shown beside the checkbox').toBe(promised);
    for (const path of await allResultPaths(page)) {
      expect(await declaredFilters(page, path, key), path).toContain(value);
    }
  });
}

test('filters in the address are applied on load and can be shared', async ({ page }) => {
  await openSearch(page, 'neglect', { type: ['7-minute briefing'] });
  await expect(page.getByRole('checkbox', { name: /^7-minute briefing/ })).toBeChecked();
  const types = await page.locator('.search-result__type').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  expect(new Set(types)).toEqual(new Set(['7-minute briefing']));
});

test('the back button steps back through searches and filters', async ({ page }) => {
  await openSearch(page, 'neglect');
  const unfiltered = await announcedCount(page);
  await tick(page, 'Type of document', 'Procedure');
  await expect(page).toHaveURL(/type=Procedure/);
  await page.locator('#search-page-input').fill('FII');
  await page.locator('#search-page-input').press('Enter');
  await expect(page).toHaveURL(/q=FII/);
  await searchSettled(page);

  await page.goBack();
  await expect(page).toHaveURL(/q=neglect&type=Procedure$/);
  await expect(page.locator('#search-page-input')).toHaveValue('neglect');
  await searchSettled(page);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/#q=neglect$/);
  await expect(page.getByRole('checkbox', { name: /^Procedure/ })).not.toBeChecked();
  await searchSettled(page);
  expect(await announcedCount(page)).toBe(unfiltered);
});

test('keyboard only: reach the box, type, move through results with arrows and Tab, Enter opens', async ({ page }) => {
  await page.goto('/search/');
  for (let presses = 0; presses < 15; presses++) {
    await page.keyboard.press('Tab');
    if (await page.locator('#search-page-input').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.locator('#search-page-input')).toBeFocused();
  await page.keyboard.type('FII');
  await page.keyboard.press('Enter');
  await searchSettled(page);
  const links = page.locator('.search-result__title a');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('#search-page-input')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(links.nth(1)).toBeFocused();
  const href = await links.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === href);
});

test('search, and the page a result opens with the searched word marked, break no Content Security Policy rule', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await openSearch(page, 'bruise on a 3 month old', { type: ['Procedure'] });
  await page.locator('.search-result__title a').first().click();
  await expect(page).toHaveURL(/#highlight=/, { timeout: 15_000 });
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible({ timeout: 15_000 });
  await page.goto('/procedures/neglect/');
  await page.locator('#site-search-input').focus();
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);
});

test('without JavaScript the search page points to the A to Z', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=neglect');
  // How Playwright turns scripts off leaves <noscript> unrendered, so its text is read from the markup.
  expect(await (await page.request.get('/search/')).text()).toMatch(/<noscript>.*Search needs JavaScript.*href="\/a-z\/"/s);
  await expect(page.getByRole('link', { name: 'A to Z of every document' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'A to Z of every document' })).toHaveAttribute('href', '/a-z/');
  await expect(page.getByRole('button', { name: 'Show more results' })).toBeHidden();
  await context.close();
});

test('the search page with results and filters passes axe (WCAG 2.2 AA) in light and dark, and reflows at 320 px', async ({ page }) => {
  test.setTimeout(90_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await openSearch(page, 'neglet', { type: ['Procedure'] });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  await openSearch(page, 'allegations against people who work with children', { owner: ['Policy and Procedures Group'] });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

/* ------------------------------------------------------------------ on a phone, on a bad signal */

/**
 * A slow mobile connection (1.6 Mbit/s down, 150 ms round trip), where Pagefind and its index take
 * seconds to arrive. Pagefind's entry file is also held back until the test has typed, so the
 * typing certainly happens before the index loads, however fast the machine.
 */
async function slowConnection(page: Page): Promise<() => void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.endsWith('/pagefind/pagefind-entry.json'),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  return release;
}

test('on a slow connection: the query is in the box at once, and what is typed before the index loads is kept and searched', async ({
  page,
  browser,
}) => {
  const release = await slowConnection(page);
  // The no-JavaScript form's address; the page moves the words into the fragment.
  await page.goto('/search/?q=neglect');
  const box = page.locator('#search-page-input');
  await expect(box).toHaveValue('neglect');
  await expect(page.getByRole('status')).toHaveText('Searching for ‘neglect’…');
  await expect(page).toHaveURL((url) => url.search === '' && url.hash === '#q=neglect');

  await box.fill('');
  await box.pressSequentially('county lines');
  await expect(page).toHaveURL((url) => url.hash === '#q=county+lines');
  await expect(page.getByRole('status')).toHaveText('Searching for ‘county lines’…');
  // Still waiting for the index: nothing drawn, nothing wiped.
  await expect(page.locator('[data-search]')).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('.search-result')).toHaveCount(0);
  await expect(box).toHaveValue('county lines');

  release();
  await searchSettled(page);
  await expect(box).toHaveValue('county lines');
  await expect(page.getByRole('status')).toContainText('for ‘county lines’');
  // The same results as searching for exactly those words on a fresh page.
  const fresh = await browser.newPage();
  await openSearch(fresh, 'county lines');
  expect(await resultPaths(page)).toEqual(await resultPaths(fresh));
  await fresh.close();
});

test('Back from a result after “Show more results” shows as many results, scrolled to where the page was', async ({ page }) => {
  await openSearch(page, 'child');
  const results = page.locator('.search-result');
  const firstPage = await results.count();
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results).not.toHaveCount(firstPage);
  const shown = await results.count();
  const chosen = page.locator('.search-result__title a').nth(shown - 2);
  const href = await chosen.getAttribute('href');
  await chosen.click();
  await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === href);

  await page.goBack();
  await searchSettled(page);
  await expect(results).toHaveCount(shown);
  await expect(page.locator(`.search-result__title a[href="${href}"]`)).toBeInViewport();
});

test('a filter value that would show no results cannot be ticked and says so; one “Clear filters” clears them all', async ({ page }) => {
  await openSearch(page, 'cuckooing');
  await openFilters(page);
  const checkboxes = page.locator('[data-search-filter-groups] input[type=checkbox]');
  let empty = 0;
  for (const checkbox of await checkboxes.all()) {
    const label = page.locator(`label[for="${await checkbox.getAttribute('id')}"]`);
    if (/\(no results\)/.test((await label.textContent()) ?? '')) {
      empty += 1;
      await expect(checkbox).toBeDisabled();
    } else {
      await expect(checkbox).toBeEnabled();
      await expect(label).toContainText(/\([1-9]\d* results?\)/);
    }
  }
  expect(empty, 'a narrow search leaves some values with no results').toBeGreaterThan(0);

  await openSearch(page, 'neglect');
  const unfiltered = await announcedCount(page);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
  await openSearch(page, 'neglect', { type: ['Procedure'], area: ['Leicester'] });
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL((url) => url.hash === '#q=neglect');
  await searchSettled(page);
  expect(await announcedCount(page)).toBe(unfiltered);
  await expect(page.locator('[data-search-filter-groups] input:checked')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
});

/* ------------------------------------------------------------------ results that land on the answer */

test('every glossary term has its own address, and /glossary/#id opens at the term', async ({ page }) => {
  await page.goto('/glossary/#dsl');
  const entry = page.locator('#dsl');
  await expect(entry.locator('dt')).toContainText('DSL');
  await expect(entry).toBeInViewport();
  const ids = await page.locator('[data-glossary-entry]').evaluateAll((entries) => entries.map((e) => e.id));
  expect(ids.length).toBeGreaterThan(100);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  expect(new Set(ids).size).toBe(ids.length);
});

test('a search result for a glossary term opens at the term, not the top of the glossary', async ({ page }) => {
  await openSearch(page, 'DSL');
  const link = page.locator('.search-result__title a[href^="/glossary/"]').first();
  await expect(link).toHaveAttribute('href', '/glossary/#dsl');
  await expect(link.locator('xpath=ancestor::li').locator('.search-result__excerpt')).toContainText('DSL');
  await link.click();
  await expect(page).toHaveURL(/\/glossary\/#dsl$/);
  await expect(page.locator('#dsl')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
});

test('a long document opened from a search result scrolls to the first marked word', async ({ page }) => {
  await page.goto('/procedures/child-criminal-exploitation/#highlight=cuckooing');
  const mark = page.locator('main mark.pagefind-highlight').first();
  await expect(mark).toBeVisible({ timeout: 15_000 });
  // The word is first used below the first screen, so the page had to scroll to it.
  const below = await mark.evaluate((element) => element.getBoundingClientRect().top + window.scrollY > window.innerHeight);
  expect(below, 'the first “cuckooing” is below the first screen').toBe(true);
  await expect(mark).toBeInViewport();
});

test('the glossary filters as you type, matching word forms; without JavaScript it has a letter index', async ({ page, browser }) => {
  await page.goto('/glossary/');
  const box = page.getByLabel('Find a term');
  await box.fill('strategy meetings');
  const visible = page.locator('[data-glossary-entry]:visible');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(/^Showing \d+ of \d+ terms\.$/);
  const names = await visible.locator('dt').allTextContents();
  expect(names.length).toBeGreaterThan(0);
  expect(names.length).toBeLessThan(await page.locator('[data-glossary-entry]').count());
  // "meetings" finds the entry that is also called "strategy meeting".
  await expect(page.locator('#strategy-discussion')).toBeVisible();
  for (const heading of await page.locator('.letter-heading:visible').all()) {
    await expect(heading.locator('xpath=..').locator('[data-glossary-entry]:visible').first()).toBeVisible();
  }
  await box.fill('');
  await expect(visible).toHaveCount(await page.locator('[data-glossary-entry]').count());

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto('/glossary/');
  await expect(plain.getByLabel('Find a term')).toBeHidden();
  const letters = plain.getByRole('navigation', { name: 'Glossary by letter' }).getByRole('link');
  expect(await letters.count()).toBeGreaterThan(10);
  for (const link of await letters.all()) {
    const target = (await link.getAttribute('href'))!.slice(1);
    await expect(plain.locator(`h2[id="${target}"]`)).toHaveCount(1);
  }
  await letters.filter({ hasText: /^S$/ }).click();
  await expect(plain.locator('#letter-S')).toBeInViewport();
  await context.close();
});

test('a misspelt word that Pagefind matches only by likeness is corrected: “safegaurding”', async ({ page }) => {
  await openSearch(page, 'safegaurding');
  await expect(page.locator('[data-search-correction]')).toContainText('Showing results for safeguarding');
  await expect(page.getByRole('status')).toContainText('for ‘safeguarding’');
});
