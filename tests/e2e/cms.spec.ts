/**
 * The editors' CMS (Sveltia CMS, built by scripts/build-cms.ts in local folder mode and served with
 * its own `_headers` policy: see playwright.config.ts's "cms" project).
 *
 * A headless browser cannot answer the folder picker, so before the CMS loads the valid fixture
 * content is copied into the page's origin-private file system (with the `.git` folder Sveltia
 * looks for) and `showDirectoryPicker` returns that folder: the CMS then reads and saves real files,
 * which the test reads back. Every test also asserts that the page asked no other host for
 * anything and broke no rule of its policy.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { readContent } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { copyFixture, repoRoot, validFixture } from '../helpers/fixture.ts';

const PROCEDURE = 'content/procedures/fixture-procedure.mdx';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The fixture's files by repository path (content/...). */
function fixtureFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[`content/${relative(validFixture, path).split('\\').join('/')}`] = readFileSync(path, 'utf8');
    }
  };
  walk(validFixture);
  return files;
}

/**
 * Runs in the page before its scripts: a working copy in the origin-private file system, and a
 * folder picker that returns it. `writeWorkingCopy` lets a test change files before the CMS reads them.
 */
function installWorkingCopy(files: Record<string, string>): void {
  const write = async (root: FileSystemDirectoryHandle, entries: Record<string, string>) => {
    for (const [path, text] of Object.entries(entries)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  };
  const ready = (async () => {
    const storage = await navigator.storage.getDirectory();
    await storage.removeEntry('working-copy', { recursive: true }).catch(() => undefined);
    const root = await storage.getDirectoryHandle('working-copy', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    await write(root, files);
    return root;
  })();
  Object.defineProperty(window, 'showDirectoryPicker', { value: () => ready, configurable: true });
  Object.defineProperty(window, 'writeWorkingCopy', { value: async (entries: Record<string, string>) => write(await ready, entries) });
}

/** Changes files in the working copy (installWorkingCopy) before the CMS opens it. */
async function writeWorkingCopy(page: Page, files: Record<string, string>): Promise<void> {
  await page.evaluate(
    (files) => (window as unknown as { writeWorkingCopy(files: Record<string, string>): Promise<void> }).writeWorkingCopy(files),
    files,
  );
}

async function readWorkingCopyFile(page: Page, path: string): Promise<string> {
  return page.evaluate(async (path) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('working-copy');
    const parts = path.split('/');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path);
}

/** axe's serious and critical WCAG 2.2 A/AA violations on the screen as it is now. */
async function seriousAxeProblems(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} [${v.impact}] ${v.help}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}

/** Fills a field and waits until the CMS holds the value (a new list item's fields can re-render as they appear). */
async function fillField(field: Locator, value: string): Promise<void> {
  await expect(async () => {
    await field.fill(value);
    await field.blur();
    await expect(field).toHaveValue(value, { timeout: 1000 });
    await expect(field).not.toHaveAttribute('aria-invalid', 'true', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

/**
 * Opens a combobox and picks an option. A click that lands while the form is still settling from
 * the last field's change can focus the combobox without opening its list, so it opens again
 * until the option shows.
 */
async function chooseOption(page: Page, combobox: Locator, name: string): Promise<void> {
  const option = page.getByRole('option', { name, exact: true });
  await expect(async () => {
    if (!(await option.isVisible())) await combobox.click();
    await expect(option).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await option.click();
}

function splitFrontmatter(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) throw new Error(`no frontmatter in:\n${text}`);
  return { frontmatter: parse(match[1]!) as Record<string, unknown>, body: text.slice(match[0].length) };
}

let foreignRequests: string[];
let policyErrors: string[];

test.beforeEach(async ({ page, baseURL }) => {
  foreignRequests = [];
  policyErrors = [];
  const origin = new URL(baseURL!).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) policyErrors.push(message.text());
  });
  await page.addInitScript(installWorkingCopy, fixtureFiles());
});

test.afterEach(() => {
  expect(foreignRequests, 'the CMS asked another host for something').toEqual([]);
  expect(policyErrors, 'the CMS broke its own Content-Security-Policy').toEqual([]);
});

test('the CMS loads under its own policy, offers the local folder, and axe finds no serious problem on its sign-in screen', async ({
  page,
}) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('button', { name: 'Work with Local Repository' })).toBeVisible();
  // The icon font is served from the CMS's own origin, so icons are drawn, not spelled out.
  await expect.poll(() => page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"', 'arrow_back'))).toBe(true);
  expect(await seriousAxeProblems(page, 'sign-in')).toEqual([]);
});

test('an editor changes a procedure in a working copy: only the edited fields change, the body is kept byte for byte, and the checker passes it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const original = readFileSync(join(validFixture, 'procedures/fixture-procedure.mdx'), 'utf8');
  const before = splitFrontmatter(original);

  await page.goto('/');
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByRole('treeitem', { name: /^Procedures/ }).click();
  await expect(page.getByRole('row', { name: /Fixture procedure/ })).toBeVisible();
  const problems = await seriousAxeProblems(page, 'collection list');

  await page.getByRole('row', { name: /Fixture procedure/ }).click();
  const summary = page.getByRole('textbox', { name: 'Summary', exact: true }).first();
  await expect(summary).toHaveValue('A procedure used by the tests, about bruising in babies.');
  problems.push(...(await seriousAxeProblems(page, 'entry editor')));

  const newSummary = 'A procedure used by the tests, about bruises in babies who are not yet mobile.';
  await fillField(summary, newSummary);
  await fillField(page.getByRole('textbox', { name: 'Next review due' }), '2028-06-30');
  // Related documents are chosen from the documents the CMS was built with, shown by title.
  const related = page.getByRole('group', { name: /Related.*Field/ });
  await expect(related.getByRole('row', { name: /^Fixture briefing \(7-minute briefing\)/ })).toBeVisible();
  await chooseOption(page, related.getByRole('combobox', { name: 'Related' }), 'Fixture arrangements (safeguarding arrangements)');
  await expect(related.getByRole('row', { name: /^Fixture arrangements/ })).toBeVisible();
  // Field groups are named “Amendments” Field, with invisible isolation marks around the label.
  const amendments = page.getByRole('group', { name: /Amendments.*Field/ });
  await amendments.getByRole('button', { name: /^Add/ }).click();
  // Each item is a group holding one Date field; the new one has no date yet, wherever the list puts it.
  const dateFields = amendments.getByRole('textbox', { name: 'Date', exact: true });
  await expect(dateFields).toHaveCount((before.frontmatter.amendments as unknown[]).length + 1);
  const dates = await Promise.all((await dateFields.all()).map((field) => field.inputValue()));
  expect(dates.filter((date) => date === '')).toHaveLength(1);
  // Every item has one field of each name, in the same order.
  const added = dates.indexOf('');
  const itemField = (name: string) => amendments.getByRole('textbox', { name, exact: true }).nth(added);
  await fillField(itemField('Date'), '2026-06-01');
  await fillField(itemField('Summary'), 'Summary made clearer; review date moved.');
  await fillField(itemField('Version'), '1.0');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/#\/collections\/procedures$/);

  const saved = await readWorkingCopyFile(page, PROCEDURE);
  const after = splitFrontmatter(saved);
  expect(after.body, 'the body must be kept byte for byte').toBe(before.body);
  const beforeAmendments = before.frontmatter.amendments as unknown[];
  // Soft, so one run reports every difference: fields the editor did not touch must not appear
  // (a default written into a document that had none changes what it says).
  expect.soft(after.frontmatter, 'only the edited fields may change').toEqual({
    ...before.frontmatter,
    summary: newSummary,
    nextReviewDue: '2028-06-30',
    related: ['briefings/fixture-briefing', 'arrangements/fixture-arrangements'],
    // Newest first, as the checker requires: the list field must add new items at the top.
    amendments: [{ date: '2026-06-01', summary: 'Summary made clearer; review date moved.', version: '1.0' }, ...beforeAmendments],
  });

  const content = copyFixture();
  writeFileSync(join(content, 'procedures/fixture-procedure.mdx'), saved);
  const found = validateContent(readContent(repoRoot, content), { today: '2026-06-01' }).problems;
  expect.soft(found.map(formatProblem), 'the checker should accept what the CMS saved').toEqual([]);

  expect(problems, 'axe found serious or critical problems').toEqual([]);
});

/**
 * The data files were reformatted once as the CMS writes YAML, so that a save shows only the
 * editor's change: the file the CMS saves is the file as it was, with that change and no other.
 */
test('an editor changes a contact and a threshold indicator: each file changes only where the editor typed, and the checker passes them', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const contactFile = 'contacts/police-101.yaml';
  const indicatorsFile = 'threshold-data/indicators.yaml';
  const contact = readFileSync(join(validFixture, contactFile), 'utf8');
  const indicators = readFileSync(join(validFixture, indicatorsFile), 'utf8');

  await page.goto('/');
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByRole('treeitem', { name: /^Contacts/ }).click();
  await page.getByRole('row', { name: /Leicestershire Police \(non-emergency\)/ }).click();
  const hours = page.getByRole('textbox', { name: 'Hours', exact: true });
  await expect(hours).toHaveValue('24 hours a day');
  const problems = await seriousAxeProblems(page, 'contact editor');
  await fillField(hours, 'Every day, 24 hours');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/#\/collections\/contacts$/);
  expect
    .soft(await readWorkingCopyFile(page, `content/${contactFile}`))
    .toBe(contact.replace('hours: 24 hours a day', 'hours: Every day, 24 hours'));

  await page.getByRole('treeitem', { name: /^Threshold data/ }).click();
  await page.getByRole('row', { name: /Indicators/ }).click();
  // The list shows each indicator by its summary once collapsed; the editor opens the one to change.
  await page.getByRole('button', { name: 'Collapse All' }).click();
  const bruising = 'Bruising on a baby who is not yet mobile.';
  const item = page
    .getByRole('group')
    .filter({ hasText: `Level 4, Health: ${bruising}` })
    .last();
  await item.getByRole('button', { name: 'Expand' }).click();
  // Only the opened item shows its fields.
  const text = page.getByRole('textbox', { name: 'Text', exact: true });
  await expect(text).toHaveValue(bruising);
  problems.push(...(await seriousAxeProblems(page, 'list editor')));
  const newText = 'Any bruising on a baby who is not yet crawling, cruising or walking.';
  await fillField(text, newText);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  // The contact's "Entry saved" notice may still be showing: wait for the file itself to change.
  await expect
    // A file being written cannot be read for a moment (NotReadableError): poll again then.
    .poll(() => readWorkingCopyFile(page, `content/${indicatorsFile}`).catch(() => indicators), {
      message: 'the indicators were never saved',
    })
    .not.toBe(indicators);
  const savedIndicators = await readWorkingCopyFile(page, `content/${indicatorsFile}`);
  expect.soft(savedIndicators).toBe(indicators.replace(`text: ${bruising}`, `text: ${newText}`));

  const content = copyFixture();
  writeFileSync(join(content, contactFile), await readWorkingCopyFile(page, `content/${contactFile}`));
  writeFileSync(join(content, indicatorsFile), savedIndicators);
  const found = validateContent(readContent(repoRoot, content), { today: '2026-06-01' }).problems;
  expect.soft(found.map(formatProblem), 'the checker should accept what the CMS saved').toEqual([]);
  expect(problems, 'axe found serious or critical problems').toEqual([]);
});

test('a related document added after the CMS was built is kept when an editor saves the entry', async ({ page }) => {
  test.setTimeout(90_000);
  const original = readFileSync(join(validFixture, 'procedures/fixture-procedure.mdx'), 'utf8');
  const added = 'procedures/added-after-the-cms-was-built';
  const withNewRelated = original.replace('related: [briefings/fixture-briefing]', `related: [briefings/fixture-briefing, ${added}]`);
  expect(withNewRelated).not.toBe(original);
  const newDocument = readFileSync(join(validFixture, 'procedures/fixture-draft.mdx'), 'utf8').replace(
    'title: Fixture draft procedure',
    'title: A procedure added since',
  );

  await page.goto('/');
  // The working copy gains a document, and a link to it, that the CMS's own build never saw.
  await writeWorkingCopy(page, { [PROCEDURE]: withNewRelated, [`content/${added}.mdx`]: newDocument });
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByRole('treeitem', { name: /^Procedures/ }).click();
  await page.getByRole('row', { name: /Fixture procedure/ }).click();
  const summary = page.getByRole('textbox', { name: 'Summary', exact: true }).first();
  await expect(summary).toHaveValue('A procedure used by the tests, about bruising in babies.');
  await fillField(summary, 'A procedure used by the tests, about bruises in babies.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/#\/collections\/procedures$/);

  const saved = splitFrontmatter(await readWorkingCopyFile(page, PROCEDURE)).frontmatter;
  expect(saved.related, 'a link the CMS cannot offer must not be dropped').toEqual(['briefings/fixture-briefing', added]);
});
