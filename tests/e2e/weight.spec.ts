import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { builtPages, distDir } from '../support/built-pages';
import { expect, test } from './fixtures';

const budget = 12 * 1024;
const stylesheets = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);

test('every code page is at most 12 KB gzip of HTML plus CSS, with one shared hashed stylesheet', () => {
  const codePages = builtPages().filter(([path]) => /^\/codes\/\d{3}\/$/.test(path));
  expect(codePages.length).toBeGreaterThan(60);
  const sheets = new Set<string>();
  const over: string[] = [];
  for (const [path, file] of codePages) {
    const html = readFileSync(file);
    const css = stylesheets(html.toString());
    css.forEach((href) => sheets.add(href));
    const bytes = gzipSync(html).length + css.reduce((sum, href) => sum + gzipSync(readFileSync(join(distDir, href))).length, 0);
    if (bytes > budget) over.push(`${path}: ${bytes} bytes`);
  }
  expect(over).toEqual([]);
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
