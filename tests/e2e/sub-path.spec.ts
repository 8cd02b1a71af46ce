import { codeIndexSchema } from '../../src/schemas/code-record';
import { subPath } from '../support/sub-path.mjs';
import { allCodes, expect, openSearch, resultLinks, test } from './fixtures';

test('pages, assets and links work under the base path', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${subPath}codes/404/`);
  await expect(page.locator('h1')).toHaveText(/^404 /);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`${subPath}codes/404/$`));
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.filter((href) => !href.startsWith(subPath))).toEqual([]);
  await page.goto(subPath);
  for (const code of allCodes) await expect(page.locator(`main a[href="${subPath}codes/${code}/"]`).first()).toBeAttached();
  expect(failed).toEqual([]);
});

test('search works under the base path', async ({ page }) => {
  await page.goto(`${subPath}codes/200/`);
  await (await openSearch(page)).fill('too many requests');
  await expect(resultLinks(page).first()).toHaveAttribute('href', `${subPath}codes/429/`);
  await page.goto(`${subPath}search/?q=not%20found`);
  await expect(resultLinks(page, '[data-search-page]').first()).toHaveAttribute('href', `${subPath}codes/404/`);
});

test('JSON urls and the not-found page use the base path', async ({ page, request }) => {
  const index = codeIndexSchema.parse(await (await request.get(`${subPath}codes.json`)).json());
  expect(index.every((record) => new URL(record.url, 'http://x').pathname === `${subPath}codes/${record.code}/`)).toBe(true);
  await page.goto(`${subPath}codes/299/`);
  await expect(page.locator(`#suggestions a[href="${subPath}codes/2xx/"]`)).toBeVisible();
  await expect(page.locator(`#suggestions a[href="${subPath}search/?q=299"]`)).toBeVisible();
});
