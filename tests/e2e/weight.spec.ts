import { distDir } from '../support/built-pages';
import { codePageBudget, codePageWeights } from '../support/page-weight';
import { expect, test } from './fixtures';

test('every code page is at most 16 KB gzip of HTML plus CSS, with one shared hashed stylesheet', () => {
  const weights = codePageWeights(distDir);
  expect(weights.length).toBeGreaterThan(60);
  const over = weights.filter((page) => page.htmlGzip + page.cssGzip > codePageBudget);
  expect(over.map((page) => `${page.path}: ${page.htmlGzip + page.cssGzip} bytes`)).toEqual([]);
  const sheets = new Set(weights.flatMap((page) => page.stylesheets));
  expect([...sheets]).toHaveLength(1);
  expect([...sheets][0]).toMatch(/^\/_astro\/[\w-]+\.[\w-]{8}\.css$/);
});

test('a page requests nothing from another origin, no fonts and no scripts', async ({ page, scriptRequests }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.resourceType()} ${request.url()}`));
  for (const path of ['/', '/codes/4xx/', '/codes/503/']) await page.goto(path);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((line) => !line.split(' ')[1]!.startsWith(origin))).toEqual([]);
  expect(requests.filter((line) => line.startsWith('font '))).toEqual([]);
  expect(scriptRequests).toEqual([]);
});

test('a code page prints without header, search or footer', async ({ page }) => {
  await page.goto('/codes/404/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('body > footer')).toBeHidden();
  await expect(page.locator('[data-search-open]')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('#example')).toBeVisible();
});
