/**
 * The threshold explorer at /thresholds/: the no-JavaScript matrix, the filters, the ticks and
 * their summary, the address, the keyboard, and a narrow screen. Expected results come from
 * content/threshold-data/*.yaml (through the same matchesExplorerFilters the page uses), never from
 * numbers written into the test.
 */
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { DOMAIN_NAMES } from '../../src/lib/content/vocabulary.ts';
import { matchesExplorerFilters, NO_FILTERS } from '../../src/lib/thresholds/explorer.ts';
import { indicatorsFromYaml, levelsFromYaml, type YamlIndicator } from '../helpers/threshold-data.ts';

const indicators = indicatorsFromYaml();

/** The page's own test of an indicator against words and a domain. */
const matchesFilter = (indicator: YamlIndicator, filter: { words: string; domain?: string }) =>
  matchesExplorerFilters(indicator, { ...NO_FILTERS, words: filter.words, domain: filter.domain ?? '' });
const levels = levelsFromYaml();
const total = indicators.length;

/** A word from the data that narrows the list, and a domain that narrows it further. */
function wordAndDomain(): { word: string; domain: YamlIndicator['domain']; expected: string[]; wordOnly: string[] } {
  for (const candidate of indicators.filter((i) => i.level >= 3)) {
    const words = candidate.text.toLowerCase().match(/[a-z]{6,}/g) ?? [];
    for (const word of words.sort((a, b) => b.length - a.length)) {
      const wordOnly = indicators.filter((i) => matchesFilter(i, { words: word })).map((i) => i.id);
      const expected = indicators.filter((i) => matchesFilter(i, { words: word, domain: candidate.domain })).map((i) => i.id);
      if (expected.length >= 1 && expected.length < wordOnly.length) return { word, domain: candidate.domain, expected, wordOnly };
    }
  }
  // Small data sets (the fixture) may have no word shared across domains: any narrowing word will do.
  const first = indicators[0]!;
  const word = first.text.toLowerCase().match(/[a-z]{5,}/)![0];
  const ids = indicators.filter((i) => matchesFilter(i, { words: word, domain: first.domain })).map((i) => i.id);
  return {
    word,
    domain: first.domain,
    expected: ids,
    wordOnly: indicators.filter((i) => matchesFilter(i, { words: word })).map((i) => i.id),
  };
}

const visibleIndicatorIds = (page: Page) =>
  page.locator('[data-indicator]:visible').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.indicator!));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the whole matrix shows: every level with its facts, and every indicator in the data', async ({ page }) => {
    await page.goto('/thresholds/');
    for (const level of levels) {
      const section = page.locator(`[data-level-section="${level.level}"]`);
      await expect(section.getByRole('heading', { level: 2, name: `Level ${level.level}: ${level.name}` })).toBeVisible();
      await expect(section).toContainText(level.description);
      await expect(section.locator('.level__facts')).toContainText(level.response);
      await expect(section.locator('.level__facts')).toContainText(level.whoToContact);
      await expect(section.getByText('Consent', { exact: true })).toBeVisible();
      await expect(section.locator('.level__facts')).toContainText(level.consent);
      // Each level leads to the contacts: its own, folded, and the page with every area's numbers.
      await expect(section.locator('.level__contacts .contact-list > li')).toHaveCount(level.contacts.length);
      await expect(section.getByRole('link', { name: 'who to contact' })).toHaveAttribute('href', '/contacts/');
    }
    const shown = await visibleIndicatorIds(page);
    expect(shown).toHaveLength(total);
    expect(new Set(shown)).toEqual(new Set(indicators.map((i) => i.id)));
    // Every indicator sits in its level's section, under its domain's heading, and links the
    // procedures the data names for it.
    for (const indicator of indicators) {
      const item = page.locator(`[data-level-section="${indicator.level}"] [data-indicator-group] [data-indicator="${indicator.id}"]`);
      await expect(item).toHaveAttribute('data-level', String(indicator.level));
      await expect(item).toHaveAttribute('data-domain', indicator.domain);
      const group = page.locator('[data-indicator-group]', { has: page.locator(`[data-indicator="${indicator.id}"]`) });
      await expect(group.locator('h4')).toContainText(DOMAIN_NAMES[indicator.domain]);
      await expect(item.locator('.indicator__links a')).toHaveCount(indicator.procedures?.length ?? 0);
      for (const [i, id] of (indicator.procedures ?? []).entries()) {
        await expect(item.locator('.indicator__links a').nth(i)).toHaveAttribute('href', `/procedures/${id}/`);
      }
    }
    // Nothing that needs JavaScript is on show.
    await expect(page.locator('[data-threshold-explorer]')).toBeHidden();
    await expect(page.locator('[data-indicator-tick]:visible')).toHaveCount(0);
  });
});

test.describe('with JavaScript', () => {
  test('a word and a domain show only the matching indicators, and the count changes', async ({ page }) => {
    const { word, domain, expected, wordOnly } = wordAndDomain();
    await page.goto('/thresholds/');
    const count = page.locator('[data-explorer-count]');
    await expect(count).toHaveText(`Showing all ${total} indicators.`);
    await expect(count).toHaveAttribute('role', 'status');

    await page.getByLabel('Words').fill(word);
    await expect.poll(async () => (await visibleIndicatorIds(page)).sort()).toEqual([...wordOnly].sort());
    await expect(count).toContainText(`Showing ${wordOnly.length} of ${total} indicators`);

    await page.getByLabel('Assessment Framework domain').selectOption(domain);
    await expect(count).toContainText(`Showing ${expected.length} of ${total} indicators`);
    expect((await visibleIndicatorIds(page)).sort()).toEqual([...expected].sort());
    // The count per level is in the live sentence too.
    for (const level of [1, 2, 3, 4]) {
      const atLevel = indicators.filter((i) => expected.includes(i.id) && i.level === level).length;
      await expect(count).toContainText(`${atLevel} at level ${level}`);
    }
    // Groups with nothing to show are hidden, so the reader is not left with empty headings.
    for (const group of await page.locator('[data-indicator-group]:visible').all()) {
      await expect(group.locator('[data-indicator]:visible').first()).toBeVisible();
    }
    await expect(page).toHaveURL(new RegExp(`\\?q=${word}&domain=${domain}$`));

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(count).toHaveText(`Showing all ${total} indicators.`);
    await expect(page.getByLabel('Words')).toBeFocused();
    await expect(page).toHaveURL(/\/thresholds\/$/);
  });

  test('the level filter shows one level, with the count for that level', async ({ page }) => {
    const level = levels[1]!;
    const atLevel = indicators.filter((i) => i.level === level.level);
    await page.goto('/thresholds/');
    await page.getByLabel('Level', { exact: true }).selectOption(String(level.level));
    await expect(page.locator('[data-explorer-count]')).toHaveText(
      `Showing ${atLevel.length} of ${total} indicators: ${atLevel.length} at level ${level.level}.`,
    );
    expect((await visibleIndicatorIds(page)).sort()).toEqual(atLevel.map((i) => i.id).sort());
    for (const other of levels.filter((l) => l.level !== level.level)) {
      await expect(page.locator(`[data-level-section="${other.level}"]`)).toBeHidden();
    }
    await expect(page.locator(`[data-level-section="${level.level}"]`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`\\?level=${level.level}$`));
  });

  test('words match in any form, as the site search matches them: ?q=bruising lists the bruise indicators', async ({ page }) => {
    for (const [typed, form] of [
      ['bruising', 'bruise'],
      ['injuries', 'injury'],
      ['schools', 'school'],
    ] as const) {
      const expected = indicators.filter((i) => matchesFilter(i, { words: typed })).map((i) => i.id);
      // The data has indicators written with the other form of the word, and the filter finds them.
      const otherForm = indicators.filter(
        (i) => new RegExp(`\\b${form}\\b`, 'i').test(i.text) && !new RegExp(`\\b${typed}\\b`, 'i').test(i.text),
      );
      expect(otherForm.length, `indicators that say "${form}"`).toBeGreaterThan(0);
      for (const indicator of otherForm) expect(expected, `${typed} finds ${indicator.id}`).toContain(indicator.id);
      await page.goto(`/thresholds/?q=${typed}`);
      await expect(page.getByLabel('Words')).toHaveValue(typed);
      await expect(page.locator('[data-explorer-count]')).toContainText(`Showing ${expected.length} of ${total} indicators`);
      expect((await visibleIndicatorIds(page)).sort()).toEqual([...expected].sort());
    }
  });

  test('filters come back from the address', async ({ page }) => {
    const { word, domain, expected } = wordAndDomain();
    await page.goto(`/thresholds/?q=${encodeURIComponent(word)}&domain=${domain}`);
    await expect(page.getByLabel('Words')).toHaveValue(word);
    await expect(page.getByLabel('Assessment Framework domain')).toHaveValue(domain);
    expect((await visibleIndicatorIds(page)).sort()).toEqual([...expected].sort());
    await expect(page.locator('[data-explorer-count]')).toContainText(`Showing ${expected.length} of ${total}`);
  });

  test('ticks give a summary at the highest level, framed as judgement, and stay out of the address and storage', async ({
    page,
    context,
  }) => {
    const lowest = indicators.find((i) => i.level === Math.min(...indicators.map((x) => x.level)))!;
    const highest = indicators.find((i) => i.level === Math.max(...indicators.map((x) => x.level)))!;
    const highestLevel = levels.find((l) => l.level === highest.level)!;
    await page.goto('/thresholds/?level=' + lowest.level);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));

    const summary = page.locator('#explorer-summary');
    await expect(summary).toContainText('You have not ticked any indicators.');
    await page.locator(`#tick-${lowest.id}`).check();
    await expect(summary.locator('[data-summary-headline]')).toHaveText(
      new RegExp(`^Your selections include indicators at level ${lowest.level}\\b`),
    );

    // A tick survives a change of filter: the summary counts what is ticked, shown or not.
    await page.getByLabel('Level', { exact: true }).selectOption(String(highest.level));
    await page.locator(`#tick-${highest.id}`).check();
    await expect(summary.locator('[data-summary-breakdown]')).toHaveText(
      `You have ticked 2 indicators: 1 at level ${lowest.level} and 1 at level ${highest.level}.`,
    );
    await expect(summary.locator('[data-summary-headline]')).toHaveText(
      `Your selections include indicators at level ${highest.level} (${highestLevel.name}).`,
    );
    const block = summary.locator(`[data-summary-level="${highest.level}"]`);
    await expect(block).toBeVisible();
    await expect(block).toContainText(highestLevel.response);
    await expect(block).toContainText(highestLevel.whoToContact);
    await expect(summary.locator('[data-summary-level]:visible')).toHaveCount(1);
    await expect(summary).toContainText(
      'This does not decide the level: use your professional judgement and discuss with your designated safeguarding lead',
    );
    await expect(page.locator('[data-selection-status]')).toHaveText(
      `2 indicators ticked. The highest level among them is level ${highest.level}.`,
    );
    await expect(page.locator('[data-selection-bar]')).toBeVisible();

    // The address holds the filter, never a tick; nothing is stored or sent.
    await page.waitForTimeout(400); // the address is written after a short pause
    expect(new URL(page.url()).search).toBe(`?level=${highest.level}`);
    expect(page.url()).not.toContain(lowest.id);
    expect(page.url()).not.toContain(highest.id);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await context.cookies()).toEqual([]);
    const mentions = (id: string) =>
      requests.filter((r) => r.includes(id) || decodeURIComponent(r).includes(indicators.find((i) => i.id === id)!.text.slice(0, 20)));
    expect([...mentions(lowest.id), ...mentions(highest.id)]).toEqual([]);

    // Reloading clears the ticks (they lived only in the page) but keeps the filter.
    await page.reload();
    await expect(page.locator('[data-indicator-tick]:checked')).toHaveCount(0);
    await expect(page.locator('#explorer-summary')).toContainText('You have not ticked any indicators.');
    await expect(page.getByLabel('Level', { exact: true })).toHaveValue(String(highest.level));
  });

  test('clearing ticks empties the summary and keeps focus in a sensible place', async ({ page }) => {
    await page.goto('/thresholds/');
    await page.locator('[data-indicator-tick]').first().check();
    await page.getByRole('button', { name: 'Clear all ticks' }).click();
    await expect(page.locator('[data-indicator-tick]:checked')).toHaveCount(0);
    await expect(page.locator('[data-summary-result]')).toBeHidden();
    await expect(page.locator('[data-selection-bar]')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Your ticks' })).toBeFocused();
    await expect(page.locator('[data-selection-status]')).toHaveText('All ticks cleared.');
  });

  test('a keyboard user can filter, tick and reach the summary', async ({ page }) => {
    const { word, domain, expected } = wordAndDomain();
    // Reduced motion: jumps to a fragment land at once, instead of a smooth scroll that a busy
    // machine may still be running when the test looks.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/thresholds/');
    await page.getByLabel('Words').focus();
    await page.keyboard.type(word);
    await page.keyboard.press('Enter'); // filters; never loads another page
    await expect(page).toHaveURL(/\/thresholds\/(\?.*)?$/);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Assessment Framework domain')).toBeFocused();
    // A closed native select takes arrow keys: move down to the domain wanted.
    const domainIndex = await page
      .getByLabel('Assessment Framework domain')
      .evaluate((select, value) => [...(select as HTMLSelectElement).options].findIndex((o) => o.value === value), domain);
    for (let i = 0; i < domainIndex; i++) await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Assessment Framework domain')).toHaveValue(domain);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Level', { exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Clear filters' })).toBeFocused();

    // Tab on into the matrix until a tick box has focus, and tick it with the space bar.
    let onTick = false;
    for (let i = 0; i < 30 && !onTick; i++) {
      await page.keyboard.press('Tab');
      onTick = await page.evaluate(() => document.activeElement?.matches('[data-indicator-tick]') ?? false);
    }
    expect(onTick).toBe(true);
    const focusedId = await page.evaluate(() => document.activeElement!.closest<HTMLElement>('[data-indicator]')!.dataset.indicator!);
    expect(expected).toContain(focusedId);
    // The focus is visible: an outline or a focus ring.
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { outline: style.outlineStyle, shadow: style.boxShadow };
    });
    expect(ring.outline !== 'none' || ring.shadow !== 'none').toBe(true);
    await page.keyboard.press('Space');
    await expect(page.locator('[data-indicator-tick]:checked')).toHaveCount(1);
    await expect(page.locator('[data-summary-headline]')).toContainText(`level ${indicators.find((i) => i.id === focusedId)!.level}`);

    // The bar at the foot of the screen takes the reader back to the summary.
    await page.locator('[data-selection-bar] a').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#explorer-summary$/);
    await expect(page.locator('#explorer-summary')).toBeInViewport();
  });

  test('every control has a name, and the filters are grouped under a legend', async ({ page }) => {
    await page.goto('/thresholds/');
    const group = page.getByRole('group', { name: 'Filter the indicators' });
    await expect(group.getByRole('searchbox', { name: 'Words' })).toBeVisible();
    await expect(group.getByRole('combobox', { name: 'Assessment Framework domain' })).toBeVisible();
    await expect(group.getByRole('combobox', { name: 'Level' })).toBeVisible();
    const first = indicators[0]!;
    await expect(page.getByRole('checkbox', { name: `${first.area}: ${first.text} (level ${first.level})` })).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    // accessibility.spec.ts runs axe on every page as loaded; this covers the state it never
    // sees: the summary, its contacts and the bar, shown only once something is ticked.
    test(`no accessibility failures in the explorer with ticks, ${colorScheme} scheme`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto('/thresholds/');
      await page.locator('[data-indicator-tick]').first().check();
      await page.locator('[data-indicator-tick]').last().check();
      const results = await new AxeBuilder({ page })
        .include('[data-threshold-explorer]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('works 320 pixels wide: nothing in the explorer or the matrix runs off the screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const { word } = wordAndDomain();
    await page.goto('/thresholds/');
    await page.getByLabel('Words').fill(word);
    await page.locator('[data-indicator]:visible [data-indicator-tick]').first().check();
    const overflowing = await page.evaluate(() =>
      [...document.querySelectorAll('[data-threshold-explorer] *, [data-threshold-matrix] *')]
        .filter(
          (element) =>
            element.getClientRects().length > 0 && element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
        )
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    );
    expect(overflowing).toEqual([]);
    await expect(page.locator('[data-summary-headline]')).toBeVisible();
    await expect(page.locator('[data-selection-bar]')).toBeVisible();
  });
});
