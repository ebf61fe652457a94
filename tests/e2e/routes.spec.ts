import { test, expect } from '@playwright/test';
import { documentPageCollection, sitemapPaths } from '../helpers/site.ts';
import { azLetter } from '../../src/lib/content/documents.ts';
import { COLLECTION_LABELS } from '../../src/lib/content/vocabulary.ts';

const paths = sitemapPaths();

test('the sitemap lists every route the site promises', () => {
  for (const path of [
    '/',
    '/procedures/',
    '/briefings/',
    '/thresholds/',
    '/arrangements/',
    '/subgroups/',
    '/glossary/',
    '/contacts/',
    '/accessibility/',
    '/a-z/',
  ]) {
    expect(paths).toContain(path);
  }
  expect(paths.filter((p) => p.startsWith('/arrangements/') && p !== '/arrangements/')).toHaveLength(2);
});

for (const path of paths) {
  test(`${path} returns 200 with exactly one h1, the header, search and footer`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).not.toBeEmpty();
    await expect(page.getByRole('link', { name: 'Worried about a child?' }).first()).toBeVisible();
    await expect(page.getByRole('search').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Accessibility statement' })).toBeVisible();
    if (documentPageCollection(path)) {
      const panel = page.locator('.doc-panel');
      for (const label of ['Owner', 'Last reviewed', 'Next review due'])
        await expect(panel.getByText(label, { exact: true }), `${path}: ${label}`).toBeVisible();
    }
  });
}

test('without JavaScript, the A to Z lists every document under its first letter, with its type and owner', async ({ browser }) => {
  test.setTimeout(120_000); // one check per document: the manual has grown past what 30 seconds covers on a busy machine
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/a-z/');
  const documents = paths.filter((p) => documentPageCollection(p));
  expect(documents.length).toBeGreaterThan(0);
  await expect(page.locator('.az-list > li')).toHaveCount(documents.length);
  for (const path of documents) {
    const item = page.locator('.az-list > li', { has: page.locator(`a[href="${path}"]`) });
    await expect(item, path).toHaveCount(1);
    const title = (await item.locator('a').textContent())!.trim();
    const letter = await item.evaluate((li) => li.closest('section')?.querySelector('h2')?.textContent?.trim());
    expect(letter, `${title} is filed under its first letter`).toBe(azLetter(title));
    await expect(item.locator('.tag').first(), path).toHaveText(COLLECTION_LABELS[documentPageCollection(path)!].singular);
    await expect(item.locator('.az-list__owner'), path).toHaveText(/^Owner: \S/);
  }
  await context.close();
});

test('a document page shows owner, version, last reviewed, next review due and who it applies to', async ({ page }) => {
  await page.goto('/procedures/strategy-discussions/');
  const panel = page.locator('.doc-panel');
  for (const label of ['Owner', 'Version', 'Last reviewed', 'Next review due', 'Applies to']) {
    await expect(panel.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(panel.getByRole('link', { name: 'Policy and Procedures Group' })).toHaveAttribute(
    'href',
    '/subgroups/policy-and-procedures/',
  );
  await expect(page.locator('.page-reviewed')).toContainText('Page last reviewed');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Procedures');
});

test('a procedure shows who to call, with phone numbers as tap-to-call links', async ({ page }) => {
  await page.goto('/procedures/making-a-referral/');
  const contacts = page.locator('.doc-contacts');
  await expect(contacts.getByRole('heading', { name: 'Who to call' })).toBeVisible();
  await expect(contacts.locator('a[href^="tel:"]').first()).toBeVisible();
});

test('an unknown address returns the 404 page with a way on', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /A to Z/ }).first()).toBeVisible();
});

test('every page is readable with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/', '/procedures/neglect/', '/thresholds/', '/briefings/invisible-men/', '/a-z/']) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeVisible();
    expect(await page.locator('main').innerText()).not.toHaveLength(0);
  }
  await context.close();
});
