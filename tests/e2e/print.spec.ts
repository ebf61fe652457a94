/**
 * Print: every briefing fits two sides of A4 (counted in the PDF Chromium makes), and every
 * printed document carries the date it was printed, its address, its review dates and the
 * warning to check the online version; screen-only parts are dropped and contacts expanded.
 */
import { test, expect, type Page } from '@playwright/test';
import { sitemapPaths } from '../helpers/site.ts';
import { pdfPageCount } from '../helpers/pdf.ts';

const paths = sitemapPaths();
const briefingPaths = paths.filter((path) => /^\/briefings\/[^/]+\/$/.test(path));
const procedurePath = paths.find((path) => /^\/procedures\/[^/]+\/$/.test(path))!;
const WARNING = 'Check the online version before relying on a printed copy.';

test('the page counter can tell a long document from a short one', async ({ page }) => {
  // Guards the test below: a counter that always said 1 or 2 would fail here.
  await page.goto(procedurePath);
  const short = pdfPageCount(await page.pdf({ format: 'A4' }));
  await page.locator('main .prose').evaluate((prose) => {
    for (let i = 0; i < 300; i++)
      prose.append(Object.assign(document.createElement('p'), { textContent: `Added paragraph ${i} to make the document long.` }));
  });
  const long = pdfPageCount(await page.pdf({ format: 'A4' }));
  expect(short).toBeGreaterThanOrEqual(1);
  expect(long).toBeGreaterThan(short + 3);
});

for (const path of briefingPaths) {
  test(`${path} prints on at most two sides of A4`, async ({ page }) => {
    await page.goto(path);
    const pages = pdfPageCount(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages, `${path} printed on ${pages} pages`).toBeLessThanOrEqual(2);
  });
}

/** The dates in the document panel, as the page shows them on screen. */
async function panelDates(page: Page) {
  const panel = page.locator('.doc-panel');
  const dd = (label: string) => panel.locator('div', { has: page.getByText(label, { exact: true }) }).locator('dd');
  return { lastReviewed: (await dd('Last reviewed').innerText()).trim(), nextReviewDue: (await dd('Next review due').innerText()).trim() };
}

test('a printed document says when it was printed, where it lives, its review dates and to check online', async ({ page }) => {
  // A printing date far from any build date, so the test shows the date is set at print time.
  await page.clock.setFixedTime(new Date(2031, 4, 4, 10, 0));
  await page.goto(procedurePath);
  const details = page.locator('[data-print-details]');
  await expect(details).toBeHidden(); // not on screen
  const { lastReviewed, nextReviewDue } = await panelDates(page);

  await page.emulateMedia({ media: 'print' });
  await expect(details).toBeVisible();
  await expect(details).toContainText('Printed on 4 May 2031');
  await expect(details.locator('time[data-print-date]')).toHaveAttribute('datetime', '2031-05-04');
  await expect(details).toContainText(new URL(procedurePath, 'https://x').pathname);
  expect(await details.locator('.print-details__address').innerText()).toMatch(new RegExp(`^https?://[^/]+${procedurePath}$`));
  await expect(details).toContainText(`Last reviewed: ${lastReviewed}.`);
  await expect(details).toContainText(`Next review due: ${nextReviewDue}.`);
  await expect(details).toContainText(WARNING);

  await page.emulateMedia({ media: 'screen' });
  await expect(details).toBeHidden();
});

test('without JavaScript the printed date honestly says it is the build date', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(briefingPaths[0] ?? procedurePath);
  await page.emulateMedia({ media: 'print' });
  const details = page.locator('[data-print-details]');
  await expect(details).toBeVisible();
  await expect(details).toContainText(/From the website as built on \d{1,2} [A-Z][a-z]+ \d{4}/);
  await expect(details).toContainText(WARNING);
  await context.close();
});

test('print drops navigation, search, the skip link and footer links, and keeps the words', async ({ page }) => {
  await page.goto(procedurePath);
  // CSS locators, not roles: hidden elements drop out of the accessibility tree, which would
  // make "is hidden" pass for an element that was never found.
  const screenOnly = ['.primary-nav', '[data-site-search]', '.skip-link', '.site-footer nav', '.breadcrumbs', '.toc'];
  for (const selector of screenOnly) await expect(page.locator(selector).first(), selector).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const selector of screenOnly) await expect(page.locator(selector).first(), selector).toBeHidden();
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main .prose')).toBeVisible();
  await expect(page.locator('.site-header__title')).toBeVisible(); // whose document it is
});

test('print keeps headings with what follows and shows where external links go', async ({ page }) => {
  await page.goto(procedurePath);
  // An external and an internal link in the text, whatever links the content has today.
  await page.locator('main .prose').evaluate((prose) => {
    const p = document.createElement('p');
    p.innerHTML = 'See <a id="out" href="https://www.gov.uk/guidance">the guidance</a> and <a id="in" href="/glossary/">the glossary</a>.';
    prose.append(p);
  });
  await page.emulateMedia({ media: 'print' });
  const heading = await page
    .locator('main h2')
    .first()
    .evaluate((h) => getComputedStyle(h).breakAfter);
  expect(heading).toBe('avoid');
  const list = await page
    .locator('main ul, main ol')
    .first()
    .evaluate((l) => getComputedStyle(l).breakInside);
  expect(list).toBe('avoid');
  const after = (selector: string) => page.locator(selector).evaluate((a) => getComputedStyle(a, '::after').content);
  expect(await after('#out')).toBe('" (https://www.gov.uk/guidance)"');
  expect(await after('#in')).toBe('none');
  // The content's own external links (sources, references) get the same treatment.
  for (const link of await page.locator('main .sources a[href^="http"], main .prose a[href^="http"]').all()) {
    expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${await link.getAttribute('href')})"`);
  }
});

for (const javaScriptEnabled of [true, false]) {
  test(`closed contact lists print open (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/thresholds/');
    const details = page.locator('details.level__contacts').first();
    const card = details.locator('.contact-card').first();
    await expect(card).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(card).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(card).toBeHidden(); // and closed again after printing
    await context.close();
  });
}
