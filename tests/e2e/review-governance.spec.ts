/**
 * Review governance in a browser, against builds of the fixture content made here with a pinned
 * SITE_TODAY (the shared dist/ is built with the real date, so it cannot show a known state).
 * Every published fixture document is due for review on 2028-01-10.
 *
 * The fixture is copied outside the repository first, which also shows the no-git fallback: no
 * "Last updated" row when the files have no history.
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../helpers/build.ts';
import { copyFixture, edit, repoRoot } from '../helpers/fixture.ts';
import { readContent } from '../../src/lib/content/files.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { formatDate, formatMonth } from '../../src/lib/dates.ts';

const DUE = '2028-01-10';
const ORIGIN = 'http://fixture.test';
const PROCEDURE = '/procedures/fixture-procedure/';

test.describe.configure({ mode: 'serial' });

let content: string;
let builtBeforeDue: string;
let builtAfterDue: string;

/**
 * The fixture's amendments are all on one day, which cannot show an order. These give the copy
 * amendments over several months and years, two on one day in one document, one day shared by two
 * documents, and the newest of all in the draft, which a production build must leave out.
 */
function spreadAmendments(dir: string) {
  const amend = (file: string, version: string, entries: string[]) => {
    edit(dir, file, /^version: "1\.0"$/m, `version: "${version}"`);
    edit(dir, file, /^amendments:\n/m, `amendments:\n${entries.join('')}`);
  };
  const entry = (date: string, version: string, summary: string) =>
    `  - date: ${date}\n    version: "${version}"\n    summary: ${summary}\n`;
  amend('procedures/fixture-procedure.mdx', '1.3', [
    entry('2027-05-20', '1.3', 'Added the out-of-hours route for bruising seen at weekends.'),
    entry('2026-11-03', '1.2', 'Named the paediatric assessment service for each area.'),
    entry('2026-11-03', '1.1', 'Corrected the age in the scope to under 12 months.'),
  ]);
  amend('briefings/fixture-briefing.mdx', '1.2', [
    entry('2027-02-14', '1.2', 'Added a question for team discussion about fathers.'),
    entry('2026-11-03', '1.1', 'Linked the safe sleep leaflet.'),
  ]);
  amend('procedures/fixture-draft.mdx', '1.1', [entry('2027-05-30', '1.1', 'A draft amendment that readers must not see.')]);
}

test.beforeAll(() => {
  test.setTimeout(300_000);
  content = copyFixture();
  spreadAmendments(content);
  for (const [today, assign] of [
    ['2027-06-01', (dir: string) => (builtBeforeDue = dir)],
    ['2028-02-01', (dir: string) => (builtAfterDue = dir)],
  ] as const) {
    const { status, output, outDir } = buildSite(content, {
      SITE_TODAY: today,
      SITE_PREVIEW: '',
      REVIEW_DUE_SOON_DAYS: '',
      REPOSITORY_URL: 'https://github.com/org/repo',
      SITE_URL: 'https://example.org',
    });
    expect(status, output).toBe(0);
    assign(outDir);
  }
});

/** Serves a build folder at ORIGIN the way a static host does (directory index, 404 page). */
async function serve(context: BrowserContext, dir: string) {
  await context.route(`${ORIGIN}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    const file = join(dir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
    if (existsSync(file) && statSync(file).isFile()) return route.fulfill({ path: file });
    return route.fulfill({ status: 404, path: join(dir, '404.html') });
  });
}

async function open(context: BrowserContext, dir: string, path: string): Promise<Page> {
  await serve(context, dir);
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${path}`);
  return page;
}

/** Every document in the content, with its data as the build reads it. */
function contentDocuments() {
  const { documents } = validateContent(readContent(repoRoot, content));
  return [...documents.values()].map(({ file, data }) => ({ ...data, path: `/${file.collection}/${file.id}/` }));
}

/** Every amendment of every document a production build publishes, read from the content itself. */
function publishedAmendments() {
  return contentDocuments()
    .filter((doc) => doc.status !== 'draft')
    .flatMap((doc) => doc.amendments.map((a) => ({ ...a, path: doc.path, title: doc.title })));
}

test("built before the due date, /reviews/ shows the document overdue once the reader's own date passes it", async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await serve(context, builtBeforeDue);
  const page = await context.newPage();
  const row = page.locator('[data-review-row]', { has: page.locator(`a[href="${PROCEDURE}"]`) });
  const table = (state: string) => page.locator(`[data-review-state="${state}"]`).first();

  await page.goto(`${ORIGIN}/reviews/`);
  await expect(row.locator('[data-review-when]')).toHaveText(/^due in \d+ days$/);
  const overdueBefore = await page.locator('[data-review-total="overdue"]').textContent();

  await page.clock.setFixedTime(new Date('2028-02-01T12:00:00Z'));
  await page.reload();
  await expect(row.locator('[data-review-when]')).toHaveText('22 days overdue');
  await expect(row.locator('xpath=ancestor::*[@data-review-state][1]')).toHaveAttribute('data-review-state', 'overdue');
  await expect(table('overdue')).toBeVisible();
  await expect(page.locator('[data-review-total="overdue"]')).not.toHaveText(overdueBefore!);
  await expect(page.locator('[data-review-today]')).toHaveAttribute('datetime', '2028-02-01');
  await context.close();
});

test("built before the due date, the banner appears once the reader's own date passes it", async ({ browser }) => {
  // New Zealand, 13 hours ahead of UTC in January: there the due date passes while it is still
  // the day before in UTC, so this also shows the check uses the reader's own calendar date.
  const context = await browser.newContext({ serviceWorkers: 'block', timezoneId: 'Pacific/Auckland' });
  await serve(context, builtBeforeDue);
  const page = await context.newPage();
  const banner = page.locator('[data-review-banner]');

  await page.clock.setFixedTime(new Date('2027-06-02T10:00:00+12:00'));
  await page.goto(`${ORIGIN}${PROCEDURE}`);
  await expect(banner).toHaveAttribute('data-next-review-due', DUE);
  await expect(banner).toBeHidden();

  await page.clock.setFixedTime(new Date('2027-12-01T10:00:00+13:00'));
  await page.reload();
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Review due soon:');
  await expect(banner).toContainText('due for review on 10 January 2028');

  await page.clock.setFixedTime(new Date('2028-01-11T00:30:00+13:00')); // 10 January, 11:30 UTC
  await page.reload();
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute('role', 'note');
  await expect(banner).toContainText('Overdue for review:');
  await expect(banner).toContainText('was due for review on 10 January 2028');
  await expect(banner).toContainText('ask the Policy and Procedures Group');
  await context.close();
});

test('built after the due date, the overdue banner is there with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await open(context, builtAfterDue, PROCEDURE);
  const banner = page.locator('[data-review-banner]');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Overdue for review: This document was due for review on 10 January 2028');
  await expect(banner).toContainText('stays in force until it is replaced');
  await context.close();
});

test('without git history the document panel shows no "Last updated" row', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await open(context, builtAfterDue, PROCEDURE);
  const panel = page.locator('.doc-panel');
  await expect(panel.getByText('Next review due', { exact: true })).toBeVisible();
  await expect(panel.getByText('Last updated')).toHaveCount(0);
  await context.close();
});

test("/reviews/ shows totals, then each owner's overdue documents with dates and links, and passes axe", async ({ browser }) => {
  const context = await browser.newContext();
  await serve(context, builtAfterDue);
  const page = await context.newPage();
  // The page rechecks every date against the reader's own, so the reader's clock is the build's day.
  await page.clock.setFixedTime(new Date('2028-02-01T12:00:00Z'));
  await page.goto(`${ORIGIN}/reviews/`);
  const totals = page.locator('main dl').first();
  await expect(totals.locator('div').filter({ hasText: 'Overdue for review' }).locator('dd')).toHaveText('5 documents');
  await expect(totals.locator('div').filter({ hasText: 'In date' }).locator('dd')).toHaveText('0 documents');

  const policy = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Policy and Procedures Group', level: 2 }) });
  await expect(policy.getByRole('heading', { name: 'Overdue for review (2)', level: 3 })).toBeVisible();
  const table = policy.getByRole('table', { name: 'Overdue for review (2)' });
  await expect(table.getByRole('link', { name: 'Fixture procedure' })).toHaveAttribute('href', PROCEDURE);
  await expect(table.getByRole('row', { name: /Fixture procedure/ })).toContainText('10 January 2028');
  await expect(table.getByRole('row', { name: /Fixture procedure/ })).toContainText('22 days overdue');
  await expect(page.getByText('Fixture draft procedure')).toHaveCount(0);

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await context.close();
});

test('/changes/ lists every amendment in the content, with its document, type and version, and passes axe', async ({ browser }) => {
  const amendments = publishedAmendments();
  expect(amendments.length).toBeGreaterThan(0);
  const context = await browser.newContext();
  const page = await open(context, builtAfterDue, '/changes/');
  const rows = page.locator('main tbody tr');
  await expect(rows).toHaveCount(amendments.length);
  for (const amendment of amendments) {
    const row = rows.filter({ has: page.locator(`a[href="${amendment.path}"]`) }).filter({ hasText: amendment.summary });
    await expect(row).toHaveCount(1);
    await expect(row.locator(`time[datetime="${amendment.date}"]`)).toHaveCount(1);
    if (amendment.version) await expect(row).toContainText(amendment.version);
  }
  // One heading per month that has amendments, newest month first, each over its own month's rows.
  const months = [...new Set(amendments.map((a) => a.date.slice(0, 7)))].sort().reverse();
  expect(months.length, 'the content spans several months').toBeGreaterThan(2);
  await expect(page.locator('main h2')).toHaveText(months.map((m) => formatMonth(`${m}-01`)));
  for (const month of months) {
    const section = page.locator('main section').filter({ has: page.getByRole('heading', { name: formatMonth(`${month}-01`), level: 2 }) });
    const dates = await section.locator('tbody time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBe(amendments.filter((a) => a.date.startsWith(month)).length);
    expect(dates.every((d) => d.startsWith(month))).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
  }
  await expect(page.getByRole('link', { name: 'subscribe to the changes feed' })).toHaveAttribute('href', '/changes.xml');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await context.close();
});

test('/changes.xml is well-formed Atom with one entry per amendment, absolute links and unique ids', async ({ browser }) => {
  const amendments = publishedAmendments();
  const context = await browser.newContext();
  const page = await open(context, builtAfterDue, '/');
  const feed = await page.evaluate(async () => {
    const text = await (await fetch('/changes.xml')).text();
    const xml = new DOMParser().parseFromString(text, 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    const entries = [...xml.getElementsByTagNameNS(atom, 'entry')];
    const child = (el: Element, name: string) => el.getElementsByTagNameNS(atom, name)[0];
    return {
      error: xml.getElementsByTagName('parsererror').length > 0,
      root: { name: xml.documentElement.localName, ns: xml.documentElement.namespaceURI },
      feedHas: ['id', 'title', 'updated', 'author'].filter((name) =>
        [...xml.documentElement.children].some((c) => c.localName === name && c.namespaceURI === atom),
      ),
      entries: entries.map((e) => ({
        id: child(e, 'id')?.textContent ?? '',
        updated: child(e, 'updated')?.textContent ?? '',
        link: child(e, 'link')?.getAttribute('href') ?? '',
        summary: child(e, 'summary')?.textContent ?? '',
      })),
    };
  });
  expect(feed.error).toBe(false);
  expect(feed.root).toEqual({ name: 'feed', ns: 'http://www.w3.org/2005/Atom' });
  expect(feed.feedHas).toEqual(['id', 'title', 'updated', 'author']);
  expect(feed.entries).toHaveLength(amendments.length);
  expect(new Set(feed.entries.map((e) => e.id)).size).toBe(amendments.length);
  for (const entry of feed.entries) {
    expect(entry.link).toMatch(/^https:\/\/[^/]+\/[a-z]+\/[a-z0-9-]+\/$/);
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  }
  for (const amendment of amendments) {
    expect(
      feed.entries.some((e) => e.link.endsWith(amendment.path) && e.summary === amendment.summary && e.updated.startsWith(amendment.date)),
    ).toBe(true);
  }
  await context.close();
});

test('a document page lists its own amendments from its frontmatter, in order, with date, version and summary', async ({ browser }) => {
  const procedure = contentDocuments().find((doc) => doc.path === PROCEDURE)!;
  expect(procedure.amendments.length, 'the procedure has several amendments').toBeGreaterThan(1);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await open(context, builtAfterDue, PROCEDURE);
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Changes to this document', level: 2 }) });
  const items = section.locator('li');
  await expect(items).toHaveCount(procedure.amendments.length);
  for (const [i, amendment] of procedure.amendments.entries()) {
    const item = items.nth(i);
    await expect(item.locator('time')).toHaveAttribute('datetime', amendment.date);
    await expect(item.locator('time')).toHaveText(formatDate(amendment.date));
    await expect(item).toContainText(amendment.summary);
    if (amendment.version) await expect(item).toContainText(`version ${amendment.version}`);
  }
  await context.close();
});

test('the home page\'s "Latest changes" shows the newest published amendments, newest first, each linking to its document', async ({
  browser,
}) => {
  const amendments = publishedAmendments();
  const draftAmendments = contentDocuments()
    .filter((doc) => doc.status === 'draft')
    .flatMap((doc) => doc.amendments);
  const newest = amendments
    .map((a) => a.date)
    .sort()
    .at(-1)!;
  expect(
    draftAmendments.some((a) => a.date > newest),
    'a draft has the newest amendment of all, to be left out',
  ).toBe(true);

  const context = await browser.newContext();
  const page = await open(context, builtAfterDue, '/');
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Latest changes', level: 2 }) });
  const shown = await section.locator('li').evaluateAll((items) =>
    items.map((li) => ({
      date: li.querySelector('time')?.getAttribute('datetime') ?? '',
      path: li.querySelector('a')?.getAttribute('href') ?? '',
      title: li.querySelector('a')?.textContent ?? '',
      text: li.textContent ?? '',
    })),
  );
  expect(shown.length).toBeGreaterThan(1);
  expect(shown.length).toBeLessThan(amendments.length);
  for (const item of shown) {
    const match = amendments.filter(
      (a) => a.date === item.date && a.path === item.path && a.title === item.title && item.text.includes(a.summary),
    );
    expect(match, JSON.stringify(item)).toHaveLength(1);
  }
  expect(new Set(shown.map((item) => item.text)).size, 'each amendment once').toBe(shown.length);
  expect(shown.map((item) => item.date)).toEqual(
    shown
      .map((item) => item.date)
      .sort()
      .reverse(),
  );
  expect(shown[0]!.date).toBe(newest);
  const oldestShown = shown.at(-1)!.date;
  const left = amendments.filter(
    (a) => !shown.some((item) => item.date === a.date && item.path === a.path && item.text.includes(a.summary)),
  );
  expect(
    left.filter((a) => a.date > oldestShown),
    'nothing left out is newer than what is shown',
  ).toEqual([]);
  for (const amendment of draftAmendments) await expect(section).not.toContainText(amendment.summary);

  await section.getByRole('link', { name: shown[0]!.title }).first().click();
  await expect(page).toHaveURL(`${ORIGIN}${shown[0]!.path}`);
  await expect(page.locator('h1')).toHaveText(shown[0]!.title);
  await page.goBack();
  await expect(section.getByRole('link', { name: 'See all changes' })).toHaveAttribute('href', '/changes/');
  await context.close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`the fixture's former address redirects to the procedure, with no script for the CSP to block (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const problems: string[] = [];
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    await serve(context, builtAfterDue);
    const html = readFileSync(join(builtAfterDue, 'procedures/old-fixture-procedure/index.html'), 'utf8');
    expect(html).not.toMatch(/<script|<style|\sstyle=/i);
    expect(html).toContain(`<link rel="canonical" href="https://example.org${PROCEDURE}">`);
    await page.goto(`${ORIGIN}/procedures/old-fixture-procedure/`);
    await page.waitForURL(`${ORIGIN}${PROCEDURE}`);
    await expect(page.locator('h1')).toHaveText('Fixture procedure');
    expect(problems).toEqual([]);
    await context.close();
  });
}
