import { expect, test } from './fixtures';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('the scheme follows prefers-color-scheme, also when it changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/codes/404/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).not.toBe(dark);
});

test('the toggle is remembered and applied before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/codes/404/');
  const light = await background(page);
  await page.getByRole('button', { name: 'Toggle dark mode' }).click();
  const dark = await background(page);
  expect(dark).not.toBe(light);
  // On the next page the stored choice must already hold when the body is parsed.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset['theme'] ?? '';
    });
  });
  await page.goto('/codes/200/');
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
  expect(await background(page)).toBe(dark);
});
