import { codeSections } from '../../src/lib/sections';
import { statusClasses } from '../../src/lib/status-class';
import { allCodes, expect, test } from './fixtures';

test.describe('code pages', () => {
  for (const code of allCodes) {
    test(`${code} has its h1 and every section`, async ({ page, scriptRequests }) => {
      await page.goto(`/codes/${code}/`);
      await expect(page.locator('h1')).toHaveText(new RegExp(`^${code} `));
      for (const section of codeSections) {
        await expect(page.locator(`section#${section.id}`), `#${section.id}`).toHaveCount(1);
      }
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`/codes/${code}/$`));
      expect(scriptRequests, 'script files before search opens').toEqual([]);
    });
  }
});

test.describe('class pages', () => {
  for (const statusClass of statusClasses) {
    test(`${statusClass.slug} lists its codes`, async ({ page, scriptRequests }) => {
      await page.goto(`/codes/${statusClass.slug}/`);
      await expect(page.locator('h1')).toContainText(statusClass.slug);
      const inClass = allCodes.filter((code) => Math.floor(code / 100) === statusClass.digit);
      for (const code of inClass) {
        await expect(page.locator(`main a[href="/codes/${code}/"]`).first()).toBeVisible();
      }
      expect(scriptRequests).toEqual([]);
    });
  }
});

test('the home page links every code', async ({ page, scriptRequests }) => {
  await page.goto('/');
  const linked = await page.locator('main a[href^="/codes/"]').evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')),
  );
  for (const code of allCodes) expect(linked).toContain(`/codes/${code}/`);
  expect(scriptRequests).toEqual([]);
});

test('the not-found page is served for unknown paths', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});
