/**
 * Secure by default: every page declares the Content-Security-Policy and runs under it with no
 * violation, loads nothing from another origin, sets no cookie; an inline script smuggled into a
 * page does not run; search queries and threshold ticks never leave the browser and are not stored.
 */
import { test, expect, type BrowserContext, type Page, type Request } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyProblems, pagePolicy } from '../../src/lib/site/csp.ts';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { repoRoot } from '../helpers/fixture.ts';
import { sitemapPaths } from '../helpers/site.ts';

const paths = sitemapPaths();

/** Collects CSP violations as the page reports them, from before any page script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return console;
}

const violationsIn = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

/** Every request the context makes, page and workers alike. */
function recordRequests(context: BrowserContext): Request[] {
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  return requests;
}

// Four groups, so the walk over every page runs on parallel workers.
const GROUPS = 4;
for (let group = 0; group < GROUPS; group += 1) {
  const share = paths.filter((_, i) => i % GROUPS === group);
  test(`pages ${group + 1} of ${GROUPS}: CSP declared in the page and the headers and unbroken, nothing from other origins, no cookies`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(30_000 + share.length * 3_000);
    const origin = new URL(baseURL!).origin;
    const requests = recordRequests(context);
    const consoleErrors = await watchViolations(page);
    for (const path of share) {
      const response = await page.goto(path, { waitUntil: 'load' });
      expect.soft(response?.status(), path).toBe(200);
      const policy = pagePolicy((await response?.text()) ?? '');
      expect.soft(policy, `${path} declares a Content-Security-Policy`).toBeDefined();
      expect.soft(policyProblems(policy ?? ''), path).toEqual([]);
      // The test server sends the hosts' _headers policy too: the page must work under both.
      expect
        .soft(policyProblems(response?.headers()['content-security-policy'] ?? 'missing', { headers: true }), `${path}: header policy`)
        .toEqual([]);
      expect.soft(await violationsIn(page), path).toEqual([]);
      expect.soft(await page.evaluate(() => document.cookie), path).toBe('');
    }
    const foreign = requests.map((r) => r.url()).filter((url) => new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}

test('the offline page declares the policy too, and is left out of the sitemap', async ({ page }) => {
  expect(paths).not.toContain('/offline/');
  const response = await page.goto('/offline/');
  expect(response?.status()).toBe(200);
  expect(policyProblems(pagePolicy(await response!.text()) ?? '')).toEqual([]);
  await expect(page.locator('h1')).toHaveText('You are offline');
});

test('an inline script, event handler or style smuggled into a page is blocked by its policy', async ({ page }) => {
  const consoleErrors = await watchViolations(page);
  const document = paths.find((p) => p.startsWith('/procedures/') && p !== '/procedures/')!;
  // A page as if a content change had slipped markup past the checker: the served HTML carries it.
  await page.route(`**${document}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      '</main>',
      '<script>window.__smuggled = true</script><img src="data:," onerror="window.__handler = true" alt=""><p id="styled" style="color: rgb(255, 0, 0)">x</p></main>',
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto(document);
  // And injected after load, as a script running on the page would.
  await page.evaluate(() => {
    const script = window.document.createElement('script');
    script.textContent = 'window.__injected = true';
    window.document.body.append(script);
  });
  await expect
    .poll(() => violationsIn(page))
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src-elem blocked inline/),
        expect.stringMatching(/^script-src-attr blocked inline/),
        expect.stringMatching(/^style-src-attr blocked inline/),
      ]),
    );
  const ran = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return { smuggled: w.__smuggled ?? false, injected: w.__injected ?? false, handler: w.__handler ?? false };
  });
  expect(ran).toEqual({ smuggled: false, injected: false, handler: false });
  await expect(page.locator('#styled')).not.toHaveCSS('color', 'rgb(255, 0, 0)');
  expect(consoleErrors.length).toBeGreaterThan(0);
});

test('the hosts’ headers file sends the same rules, with frame-ancestors none, to every path', () => {
  const file = join(repoRoot, 'public/_headers');
  expect(existsSync(file), 'public/_headers exists').toBe(true);
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  for (const path of ['/', '/procedures/neglect/', '/search/', '/sw.js', '/pagefind/pagefind.js']) {
    const policy = headersFor(rules, path)['Content-Security-Policy'];
    expect(policy, `${path} gets a Content-Security-Policy header`).toBeDefined();
    expect(policyProblems(policy!, { headers: true }), path).toEqual([]);
  }
});

test('a search query never leaves the browser and is not stored: the header box, the search page, a result and the page it opens', async ({
  page,
  context,
}) => {
  // Service workers are blocked here, as on a first visit before the offline copy is saved:
  // every request reaches the server, so any that carried the words would show.
  const requests = recordRequests(context);
  await page.goto('/procedures/neglect/');
  // The header script intercepts the form once loaded; before that, Enter would submit it to the
  // server as a plain GET, the way it works without JavaScript.
  await page.waitForLoadState('networkidle');
  await page.locator('#site-search-input').fill('school attendance');
  await page.locator('#site-search-input').press('Enter');
  await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 15_000 });
  await page.locator('#search-page-input').fill('bruising baby');
  await page.locator('#search-page-input').press('Enter');
  await expect(page.locator('[data-search-status]')).toContainText('bruising baby', { timeout: 15_000 });
  await page.locator('.search-result__title a').first().click();
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible({ timeout: 15_000 });
  // The opened document's own address may contain a searched word ("bruising-in-…"): that is
  // the page, not the search. Anything else that carries a word is a leak.
  const opened = new URL(page.url()).pathname;
  for (const word of ['school', 'attendance', 'bruising', 'baby']) {
    const carries = (r: (typeof requests)[number]) => {
      const url = new URL(r.url());
      const address = url.pathname === opened ? `${url.search}${url.hash}` : url.href;
      return decodeURIComponent(address).toLowerCase().includes(word) || (r.postData() ?? '').toLowerCase().includes(word);
    };
    const leaks = requests.filter(carries);
    expect(leaks.map((r) => r.url())).toEqual([]);
  }
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length + (await caches.keys()).length)).toBe(0);
  expect(await context.cookies()).toEqual([]);
});

test('threshold ticks never leave the browser, the address or storage', async ({ page, context }) => {
  const requests = recordRequests(context);
  await page.goto('/thresholds/');
  const first = page.locator('[data-indicator]').first();
  const id = (await first.getAttribute('data-indicator'))!;
  const text = ((await first.locator('.indicator__text').textContent()) ?? '').trim();
  await first.locator('[data-indicator-tick]').check();
  await expect(page.locator('[data-summary-result]')).toBeVisible();
  const afterTick = requests.filter(
    (r) => r.url().includes(id) || decodeURIComponent(r.url()).includes(text.slice(0, 20)) || (r.postData() ?? '').includes(id),
  );
  expect(afterTick.map((r) => r.url())).toEqual([]);
  expect(page.url()).not.toContain(id);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await context.cookies()).toEqual([]);
});
