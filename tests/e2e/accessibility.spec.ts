import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { builtPages } from '../support/built-pages';
import { expect, openSearch, test } from './fixtures';

const viewports = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const schemes = ['light', 'dark'] as const;

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test.describe('axe finds no violations', () => {
  for (const [path] of builtPages()) {
    test(`${path} in both schemes and both widths`, async ({ page }) => {
      await page.goto(path);
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        for (const viewport of viewports) {
          await page.setViewportSize(viewport);
          expect(await violations(page), `${colorScheme} ${viewport.width}px`).toEqual([]);
        }
      }
    });
  }

  for (const colorScheme of schemes) {
    test(`the search dialog showing results, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/codes/404/');
      await (await openSearch(page)).fill('timeout');
      await expect(page.locator('pagefind-modal .pf-result').first()).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});

test('a skip link leads to the main landmark', async ({ page }) => {
  await page.goto('/codes/404/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('focus is visible on links', async ({ page }) => {
  await page.goto('/codes/404/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
