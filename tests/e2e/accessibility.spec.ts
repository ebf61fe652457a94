/**
 * Accessibility over every page of the built site (the sitemap, not a sample):
 * - axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, zero violations: every rule in the
 *   light colour scheme, then the rules that read colours (contrast, links told apart by colour)
 *   again in the dark scheme: the only results a scheme can change, since it swaps colours only;
 * - reflow: no horizontal scrolling at 320 CSS pixels wide (WCAG 1.4.10);
 * - text resized to 200% (the root font size doubled, as a browser's text-only zoom does): no
 *   horizontal scrolling at 640 pixels and no text clipped by its box (WCAG 1.4.4).
 *
 * The pages are split into batches, one test per batch, so the walk spreads over the workers
 * while each test reuses one page; every failure names its page, scheme and rule.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../helpers/site.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The A and AA rules that read colours: contrast, and links told apart from text by colour. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const BATCHES = 12;

const paths = sitemapPaths();
const batches = Array.from({ length: BATCHES }, (_, i) => paths.filter((_, j) => j % BATCHES === i)).filter((b) => b.length);

test.describe.configure({ mode: 'parallel' });

async function axeProblems(page: Page, path: string, scheme: 'light' | 'dark'): Promise<string[]> {
  const axe = new AxeBuilder({ page });
  const { violations } = await (scheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe.withTags(WCAG_TAGS)).analyze();
  return violations.map((v) => {
    const where = v.nodes
      .slice(0, 5)
      .map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ').trim() ?? ''}`)
      .join('\n');
    return `${path} (${scheme}): ${v.id} [${v.impact}] ${v.help} (${v.nodes.length} element(s))\n${where}`;
  });
}

for (const [i, batch] of batches.entries()) {
  test(`axe, WCAG 2.2 A and AA, light and dark: pages batch ${i + 1} of ${batches.length} (${batch.length} pages)`, async ({ page }) => {
    // A large page takes axe a few seconds on a quiet 2-core machine, several times that on a busy one.
    test.setTimeout(60_000 + batch.length * 40_000);
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      // Reduced motion too, so colours never sit mid-transition when contrast is measured.
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const path of batch) {
        const response = await page.goto(path);
        expect(response?.status(), `${path} should load`).toBe(200);
        problems.push(...(await axeProblems(page, path, scheme)));
      }
    }
    expect(problems, `axe found violations:\n${problems.join('\n')}`).toEqual([]);
  });
}

/** Elements whose text is cut off by their own box: wider or taller content than an overflow-hidden box shows. */
function clippedText(): string[] {
  const out: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    const style = getComputedStyle(el);
    const hidesX = ['hidden', 'clip'].includes(style.overflowX);
    const hidesY = ['hidden', 'clip'].includes(style.overflowY);
    if (!hidesX && !hidesY) continue;
    // Visually hidden text for screen readers is meant to be clipped.
    if (el.clientWidth <= 1 || el.clientHeight <= 1 || (style.position === 'absolute' && style.clip !== 'auto')) continue;
    if (!el.innerText?.trim()) continue;
    if ((hidesX && el.scrollWidth > el.clientWidth + 1) || (hidesY && el.scrollHeight > el.clientHeight + 1)) {
      out.push(
        `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} "${el.innerText.trim().slice(0, 40)}"`,
      );
    }
  }
  return out;
}

for (const [i, batch] of batches.entries()) {
  test(`reflow at 320 px and text at 200%: pages batch ${i + 1} of ${batches.length} (${batch.length} pages)`, async ({ page }) => {
    test.setTimeout(60_000 + batch.length * 10_000);
    const problems: string[] = [];
    for (const path of batch) {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) problems.push(`${path}: scrolls sideways at 320 px wide (content is ${width} px wide)`);

      await page.setViewportSize({ width: 640, height: 800 });
      // Setting a style property from script is allowed by the CSP, unlike an injected stylesheet.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const resized = await page.evaluate(() => document.documentElement.scrollWidth);
      if (resized > 640) problems.push(`${path}: with text at 200%, scrolls sideways at 640 px wide (content is ${resized} px wide)`);
      for (const clipped of await page.evaluate(clippedText)) problems.push(`${path}: with text at 200%, text is clipped in ${clipped}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
