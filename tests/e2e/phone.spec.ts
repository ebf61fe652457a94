/**
 * On a phone, under pressure: every procedure page shows, without scrolling on a 390 x 844
 * screen, the way to its steps and each area's children's social care number, one tap to call;
 * the header takes no more than a fifth of the screen.
 */
import { test, expect } from '@playwright/test';
import { documentPageCollection, sitemapPaths } from '../helpers/site.ts';

const procedures = sitemapPaths().filter((path) => documentPageCollection(path) === 'procedures');

test.use({ viewport: { width: 390, height: 844 } });

test('there are procedures to check', () => {
  expect(procedures.length).toBeGreaterThan(0);
});

for (const path of procedures) {
  test(`${path} puts what to do and who to call on the first screen of a phone`, async ({ page }) => {
    await page.goto(path);
    const screen = page.viewportSize()!;
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height, 'header height').toBeLessThanOrEqual(screen.height / 5);

    const onFirstScreen = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= screen.height;
    };
    const doors = page.locator('.front-doors__phone');
    expect(await doors.count(), 'a number for each area').toBe(3);
    for (let i = 0; i < 3; i++) {
      await expect(doors.nth(i)).toHaveAttribute('href', /^tel:\+44\d{9,10}$/);
      const box = (await doors.nth(i).boundingBox())!;
      expect(box.y + box.height, `front door ${i + 1} fits the first screen`).toBeLessThanOrEqual(screen.height);
    }
    expect(await onFirstScreen('a[href="tel:999"]'), '999 on the first screen').toBe(true);
    const whatToDo = page.getByRole('link', { name: 'Go to what to do' });
    // Every procedure has its steps under "What to do"; the link to them is on the first screen.
    expect(await onFirstScreen('.front-doors__more a[href="#what-to-do"]'), 'the what to do link on the first screen').toBe(true);
    await whatToDo.click();
    await expect(page.locator('h2#what-to-do')).toBeInViewport();
  });
}
