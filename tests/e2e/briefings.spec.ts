/**
 * 7-minute briefings as first-class pages: the seven numbered sections (numbers a screen reader
 * hears), the source review, theme and procedures, the team discussion panel, and the index
 * filtered by theme with and without JavaScript. Every built briefing is checked against its own
 * frontmatter; nothing is written into the test but the contract (the seven headings).
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REFLECTIVE_SECTION } from '../../src/lib/briefings/sections.ts';
import { BRIEFING_SECTIONS } from '../../src/lib/content/vocabulary.ts';
import { contentDir } from '../../src/lib/content/dir.ts';
import { sitemapPaths } from '../helpers/site.ts';
import { repoRoot } from '../helpers/fixture.ts';

const briefingPaths = sitemapPaths().filter((path) => /^\/briefings\/[^/]+\/$/.test(path));

interface Frontmatter {
  title: string;
  sourceReview: string;
  theme: string;
  related?: string[];
}
const frontmatter = (path: string): Frontmatter => {
  const id = path.split('/')[2]!;
  const text = readFileSync(join(contentDir(repoRoot), 'briefings', `${id}.mdx`), 'utf8');
  return parse(text.split(/^---$/m)[1]!) as Frontmatter;
};
const themes = [...new Set(briefingPaths.map((p) => frontmatter(p).theme))].sort();

test('the site has briefings to check', () => {
  expect(briefingPaths.length).toBeGreaterThan(0);
});

test('every briefing numbers its seven sections in words a screen reader reads', async ({ page }) => {
  test.setTimeout(15_000 + briefingPaths.length * 4_000);
  for (const path of briefingPaths) {
    await page.goto(path);
    const headings = page.locator('[data-briefing] > h2');
    await expect(headings, path).toHaveCount(BRIEFING_SECTIONS.length);
    for (const [i, section] of BRIEFING_SECTIONS.entries()) {
      // The accessible name carries the number: real text, not CSS generated content.
      await expect(headings.nth(i), path).toHaveAccessibleName(`${i + 1}. ${section}`);
      expect(await headings.nth(i).textContent(), path).toContain(`${i + 1}.`);
    }
  }
});

test('every briefing shows its source review, theme and the procedures to follow', async ({ page }) => {
  test.setTimeout(15_000 + briefingPaths.length * 4_000);
  for (const path of briefingPaths) {
    const data = frontmatter(path);
    await page.goto(path);
    const meta = page.locator('.briefing-meta');
    await expect(meta.getByText('Learning from', { exact: true }), path).toBeVisible();
    await expect(meta, path).toContainText(data.sourceReview);
    const theme = meta.locator('div', { has: page.getByText('Theme', { exact: true }) }).getByRole('link');
    await expect(theme, path).toHaveText(data.theme);
    const href = (await theme.getAttribute('href'))!;
    expect(new URL(href, 'http://x').searchParams.get('theme'), path).toBe(data.theme);
    const procedures = (data.related ?? []).filter((r) => r.startsWith('procedures/'));
    if (procedures.length) {
      const links = meta.locator('.briefing-meta__wide', { hasText: 'Procedures to follow' }).getByRole('link');
      await expect(links, path).toHaveCount(procedures.length);
      for (const [i, ref] of procedures.entries()) await expect(links.nth(i), path).toHaveAttribute('href', `/${ref}/`);
    }
  }
});

test('the reflective questions are a team discussion with a prompt to talk them through', async ({ page }) => {
  await page.goto(briefingPaths[0]!);
  const number = BRIEFING_SECTIONS.indexOf(REFLECTIVE_SECTION) + 1;
  const heading = page.getByRole('heading', { level: 2, name: `${number}. ${REFLECTIVE_SECTION}` });
  await expect(heading).toBeVisible();
  const prompt = heading.locator('xpath=following-sibling::*[1]');
  await expect(prompt).toHaveClass(/briefing-discuss/);
  await expect(prompt).toContainText('Team discussion');
  const questions = heading.locator('xpath=following-sibling::*[2]');
  expect(await questions.evaluate((el) => el.tagName)).toBe('OL');
  // Drawn as one panel: the heading, prompt and questions share the border.
  const borders = await page.evaluate(() =>
    ['.briefing-heading--discuss', '.briefing-discuss', '.briefing-discuss + ol'].map(
      (s) => getComputedStyle(document.querySelector(s)!).borderLeftStyle,
    ),
  );
  expect(borders).toEqual(['solid', 'solid', 'solid']);
  // The how-to line points at the discussion.
  await expect(page.locator('.briefing-howto').getByRole('link')).toHaveAttribute('href', '#questions-for-your-team');
});

test.describe('the briefings index', () => {
  test('without JavaScript: every theme and every briefing listed, no filter shown', async ({ browser }) => {
    // Reduced motion, so the jump to a theme lands at once rather than by smooth scrolling.
    const context = await browser.newContext({ javaScriptEnabled: false, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/briefings/');
    await expect(page.locator('[data-theme-filter]')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Themes' })).toBeVisible();
    for (const theme of themes) await expect(page.getByRole('heading', { level: 2, name: theme, exact: true })).toBeVisible();
    const listed = await page
      .locator('[data-theme-section] .doc-list__title a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual([...briefingPaths].sort());
    // A theme link from a briefing still lands on its theme: the fragment does it.
    const { theme } = frontmatter(briefingPaths[0]!);
    await page.goto(briefingPaths[0]!);
    await page.locator('.briefing-meta a[href*="?theme="]').click();
    await expect(page.getByRole('heading', { level: 2, name: theme, exact: true })).toBeInViewport();
    await context.close();
  });

  test('with JavaScript: choosing a theme hides the others and keeps the choice in the address', async ({ page }) => {
    const theme = themes[themes.length - 1]!;
    const inTheme = briefingPaths.filter((p) => frontmatter(p).theme === theme);
    await page.goto('/briefings/');
    const select = page.getByLabel('Show briefings about');
    await expect(select).toBeVisible();
    await select.selectOption(theme);
    await expect(page.locator('[data-theme-count]')).toHaveText(
      `Showing ${inTheme.length} ${inTheme.length === 1 ? 'briefing' : 'briefings'} about ${theme}, of ${briefingPaths.length}.`,
    );
    const visible = await page
      .locator('[data-theme-section]:visible .doc-list__title a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(visible.sort()).toEqual(inTheme.sort());
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe(theme);

    await select.selectOption('');
    await expect(page.locator('[data-theme-section]:visible')).toHaveCount(themes.length);
    await expect(page).toHaveURL(/\/briefings\/$/);
  });

  test("with JavaScript: a briefing's theme link opens the index filtered to that theme", async ({ page }) => {
    const path = briefingPaths[0]!;
    const { theme } = frontmatter(path);
    await page.goto(path);
    await page.locator('.briefing-meta a[href*="?theme="]').click();
    await expect(page.getByLabel('Show briefings about')).toHaveValue(theme);
    const sections = await page
      .locator('[data-theme-section]:visible')
      .evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.themeSection));
    expect(sections).toEqual([theme]);
  });
});
