/**
 * Offline-first: after one visit the whole manual and its search work with the network off, and
 * a new deploy reaches readers on their next visit while a reader offline keeps their copy.
 *
 * These tests allow the service worker (the other browser tests block it) and serve builds from
 * a host they control (tests/helpers/static-host.ts), which applies the build's _headers file,
 * can switch to another build like a deploy, and records every request it received.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { copyFixture, edit, repoRoot } from '../helpers/fixture.ts';
import { waitForOfflineCopy } from '../helpers/offline.ts';
import { sitemapPaths } from '../helpers/site.ts';
import { startStaticHost, type StaticHost } from '../helpers/static-host.ts';

test.use({ serviceWorkers: 'allow' });

const dist = process.env.OUT_DIR ?? join(repoRoot, 'dist');
const notice = (page: Page) => page.locator('[data-offline-status]');

/**
 * The signal goes: the browser is told it is offline and the host stops answering, so requests
 * fail whether or not this browser version applies its offline emulation to the service worker
 * (and whatever navigator.onLine then says).
 */
async function goOffline(context: BrowserContext, host: StaticHost): Promise<void> {
  host.setReachable(false);
  await context.setOffline(true);
}

async function goOnline(context: BrowserContext, host: StaticHost): Promise<void> {
  host.setReachable(true);
  await context.setOffline(false);
}

/** CSP violations reported by the page, collected from before any script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
    );
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

/**
 * axe's WCAG 2.2 A and AA violations as the page is now (or in one part of it), in the light and
 * the dark scheme: the notice and the offline page appear only with the service worker, which
 * the site-wide accessibility walk blocks.
 */
async function axeProblems(page: Page, within?: string): Promise<string[]> {
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
    const { violations } = await (within ? axe.include(within) : axe).analyze();
    problems.push(
      ...violations.map((v) => `${page.url()} (${colorScheme}): ${v.id}: ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    );
  }
  return problems;
}

const titleOf = (root: string, path: string) => {
  const html = readFileSync(join(root, path, 'index.html'), 'utf8');
  return /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!.trim();
};

test.describe('the real manual offline', () => {
  let host: StaticHost;
  test.beforeAll(async () => {
    host = await startStaticHost(dist);
  });
  test.afterAll(async () => {
    await host.close();
  });

  test('after one visit, with the network off: an unvisited document, search and a result, the threshold explorer', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    const violations = await watchViolations(page);
    const foreign: string[] = [];
    context.on('request', (request) => {
      if (new URL(request.url()).origin !== host.origin) foreign.push(request.url());
    });

    await page.goto(host.url);
    const copy = await waitForOfflineCopy(page);
    expect(copy.scope).toBe(host.url);
    expect(copy.precaches).toHaveLength(1);
    expect(copy.cached).toBe(copy.entries);
    await expect(notice(page)).toContainText('saved on this device');
    await expect(notice(page).getByRole('button', { name: 'Check for updates' })).toBeVisible();
    expect(await axeProblems(page, '[data-offline-status]')).toEqual([]);

    // With the site saved, the header search form's query is answered on the device: it never
    // reaches the host, even online.
    await page.locator('#site-search-input').fill('school attendance');
    await page.locator('#site-search-input').press('Enter');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 15_000 });
    expect(host.requests.filter((r) => /school|attendance/i.test(r))).toEqual([]);

    await goOffline(context, host);
    const visited = new Set(['/', '/search/']);
    const documents = sitemapPaths(dist).filter((p) => /^\/(procedures|briefings|arrangements)\/[^/]+\/$/.test(p) && !visited.has(p));
    const unvisited = documents.at(-1)!;
    await page.goto(`${host.origin}${unvisited}`);
    await expect(page.locator('h1')).toHaveText(titleOf(dist, unvisited));
    await expect(notice(page)).toContainText('You are offline');
    await expect(notice(page).getByRole('button')).toBeHidden();
    expect(await axeProblems(page, '[data-offline-status]')).toEqual([]);

    await page.goto(`${host.origin}/search/`);
    await expect(page.locator('[data-search-filters]')).toBeVisible({ timeout: 15_000 });
    await page.locator('#search-page-input').fill('neglect');
    await page.locator('#search-page-input').press('Enter');
    const firstResult = page.locator('[data-search-results] li a').first();
    await expect(firstResult).toBeVisible({ timeout: 15_000 });
    // A result's address carries the searched word in its fragment (#highlight=); the saved page
    // marks the word offline too.
    const resultAddress = new URL((await firstResult.getAttribute('href'))!, host.origin);
    await firstResult.click();
    await expect(page).toHaveURL((url) => url.pathname === resultAddress.pathname && url.hash === resultAddress.hash && url.search === '');
    await expect(page.locator('h1')).toHaveText(titleOf(dist, resultAddress.pathname));
    await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible({ timeout: 15_000 });

    await page.goto(`${host.origin}/thresholds/`);
    const count = page.locator('[data-explorer-count]');
    const allCount = await count.textContent();
    await page.locator('#explorer-words').fill('school');
    await expect(count).not.toHaveText(allCount!);
    await page.locator('[data-indicator]:visible [data-indicator-tick]').first().check();
    await expect(page.locator('[data-summary-result]')).toBeVisible();

    // An address that is not saved gives the offline page, whose links lead to saved pages. Every
    // document is saved here, so all are listed; one removed from the cache (as a site over the
    // size limit leaves pages out) is no longer listed, and the page says some are missing.
    await page.goto(`${host.origin}/procedures/not-a-saved-page/`);
    await expect(page.locator('h1')).toHaveText('You are offline');
    await expect(page.locator('[data-offline-not-saved]')).toBeHidden();
    await expect(page.locator(`main a[href="${unvisited}"]`)).toBeVisible();
    const dropped = documents[0]!;
    await page.evaluate(async (path) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) if (new URL(request.url).pathname === `${path}index.html`) await cache.delete(request);
      }
    }, dropped);
    await page.reload();
    await expect(page.locator('[data-offline-not-saved]')).toBeVisible();
    await expect(page.locator(`main a[href="${dropped}"]`)).toBeHidden();
    await expect(page.locator(`main a[href="${unvisited}"]`)).toBeVisible();
    expect(await axeProblems(page)).toEqual([]);
    await page.getByRole('link', { name: 'Worried about a child? Who to contact' }).click();
    await expect(page.locator('h1')).toHaveText(titleOf(dist, '/contacts/'));

    expect(await violations()).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});

test.describe('a reader who asked to save data', () => {
  test('is asked before the offline copy downloads, and keeps it once saved', async ({ page }) => {
    test.setTimeout(90_000);
    const host = await startStaticHost(dist);
    try {
      // Chromium reports the reader's Save-Data setting here; the test sets it as such a reader's browser would.
      await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
      await page.goto(host.url);
      const save = notice(page).getByRole('button', { name: 'Save this site for offline use' });
      await expect(save).toBeVisible();
      await expect(notice(page)).toContainText(/Saving it downloads about [\d.]+ MB/);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);

      await save.click();
      const copy = await waitForOfflineCopy(page);
      expect(copy.cached).toBe(copy.entries);
      await expect(notice(page)).toContainText('saved on this device');

      // Saved: the next visit keeps the copy up to date without asking again.
      await page.reload();
      await expect(notice(page)).toContainText('saved on this device');
      await expect(save).toBeHidden();
    } finally {
      await host.close();
    }
  });
});

test.describe('a new deploy', () => {
  const base = '/llr-procedures/';
  let first: string;
  let second: string;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // Two real builds of the fixture content under a base path, one sentence apart.
    const content = copyFixture();
    const build = () => {
      const result = buildSite(content, { BASE_PATH: base });
      if (result.status !== 0) throw new Error(`fixture build failed:\n${result.output}`);
      return result.outDir;
    };
    first = build();
    edit(content, 'procedures/fixture-procedure.mdx', 'The same day.', 'Within one working day.');
    second = build();
  });

  test('readers offline keep their copy; online, the new version arrives on their next visit and old caches go', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    const host = await startStaticHost(first, base);
    try {
      const manifest = await (await page.request.get(`${host.url}manifest.webmanifest`)).json();
      expect(manifest.start_url).toBe(base);
      expect(manifest.scope).toBe(base);

      const document = `${host.url}procedures/fixture-procedure/`;
      const main = page.locator('main');
      await page.goto(document);
      const before = await waitForOfflineCopy(page);
      expect(before.scope).toBe(host.url);
      expect(before.cached).toBe(before.entries);
      await expect(main).toContainText('The same day.');

      host.deploy(second);
      await goOffline(context, host);
      await page.reload();
      await expect(main).toContainText('The same day.');
      await expect(notice(page)).toContainText('You are offline');

      await goOnline(context, host);
      // The next visit is answered from the saved copy at once, while the browser fetches the
      // new version in the background; once it is saved, the notice offers a refresh.
      await page.reload();
      await expect(notice(page)).toContainText('A newer version of this site has been saved', { timeout: 30_000 });
      await notice(page).getByRole('button', { name: 'Refresh page' }).click();
      await expect(main).toContainText('Within one working day.');

      const after = await waitForOfflineCopy(page);
      expect(after.builtAt).not.toBe(before.builtAt);
      // One precache, holding exactly the new version: the old version's files were removed.
      expect(after.precaches).toHaveLength(1);
      expect(after.cached).toBe(after.entries);

      await goOffline(context, host);
      await page.goto(`${host.url}briefings/fixture-briefing/`);
      await page.goto(document);
      await expect(main).toContainText('Within one working day.');

      await goOnline(context, host);
      await page.reload();
      await notice(page).getByRole('button', { name: 'Check for updates' }).click();
      await expect(notice(page)).toContainText('Your offline copy is up to date');
    } finally {
      await host.close();
    }
  });
});
