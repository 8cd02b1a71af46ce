import { everyPageSections } from '../../src/lib/sections';
import { statusClasses } from '../../src/lib/status-class';
import { allCodes, expect, test } from './fixtures';

test.describe('code pages', () => {
  for (const code of allCodes) {
    test(`${code} has its h1 and every section`, async ({ page, scriptRequests }) => {
      await page.goto(`/codes/${code}/`);
      await expect(page.locator('h1')).toHaveText(new RegExp(`^${code} `));
      for (const section of everyPageSections) {
        await expect(page.locator(`section#${section.id}`), `#${section.id}`).toHaveCount(1);
      }
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`/codes/${code}/$`));
      // Numbered references lead to the page's Sources list, under its stable anchor.
      const references = await page.locator('a[data-footnote-ref]').count();
      await expect(page.locator('section#sources h2 a[href="#sources"]')).toHaveCount(references > 0 ? 1 : 0);
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

test('status 0 and 000 have a page of their own, with its sources', async ({ page, scriptRequests }) => {
  const response = await page.goto('/codes/0/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('0 and 000: no response');
  for (const id of ['meaning', 'when', 'client', 'notes', 'sources']) await expect(page.locator(`section#${id}`), `#${id}`).toHaveCount(1);
  expect(scriptRequests).toEqual([]);
});

test('the not-found page is served for unknown paths', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  // Served at every missing URL, it names no canonical URL of its own and is kept out of indexes.
  await expect(page.locator('link[rel=canonical]')).toHaveCount(0);
  await expect(page.locator('meta[property="og:url"]')).toHaveCount(0);
  await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
});

test('the footer names the machine-readable index with a space before its link', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('body > footer')).toContainText('Machine-readable index: codes.json');
});
