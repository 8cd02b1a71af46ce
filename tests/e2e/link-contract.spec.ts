import { codeIndexSchema, codeRecordSchema } from '../../src/schemas/code-record';
import { allCodes, expect, test } from './fixtures';

test('a code URL without the trailing slash reaches the page', async ({ page }) => {
  const response = await page.goto('/codes/429');
  expect(response?.ok()).toBe(true);
  await expect(page.locator('h1')).toHaveText(/^429 /);
});

test('every page has a canonical link and Open Graph title and description', async ({ page }) => {
  for (const path of ['/', '/codes/4xx/', '/codes/404/', '/linking/', '/search/']) {
    await page.goto(path);
    await expect(page.locator('link[rel=canonical]'), path).toHaveAttribute('href', new RegExp(`${path}$`));
    await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:description"]'), path).toHaveAttribute('content', /\S/);
  }
});

test.describe('unknown codes', () => {
  test('a three-digit code gets its class page, a search and home', async ({ page }) => {
    const response = await page.goto('/codes/299/');
    expect(response?.status()).toBe(404);
    const suggestions = page.locator('#suggestions');
    await expect(suggestions.locator('a[href="/codes/2xx/"]')).toBeVisible();
    await expect(suggestions.locator('a[href="/search/?q=299"]')).toBeVisible();
    await expect(suggestions.locator('a[href="/"]')).toBeVisible();
  });

  test('a number outside 1xx–5xx gets a search but no class page', async ({ page }) => {
    await page.goto('/codes/999/');
    await expect(page.locator('#suggestions a[href="/search/?q=999"]')).toBeVisible();
    await expect(page.locator('#suggestions a[href^="/codes/9"]')).toHaveCount(0);
  });

  test('text gets a search for the text', async ({ page }) => {
    await page.goto('/codes/teapot/');
    await expect(page.locator('#suggestions a[href="/search/?q=teapot"]')).toBeVisible();
  });

  test('the plain links work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/codes/299/');
    await expect(page.locator('#suggestions a[href="/search/"]')).toBeVisible();
    await expect(page.locator('#suggestions a[href="/"]')).toBeVisible();
    await context.close();
  });
});

test('codes.json lists every code and matches its schema', async ({ request }) => {
  const index = codeIndexSchema.parse(await (await request.get('/codes.json')).json());
  expect(index.map((record) => record.code)).toEqual(allCodes);
  const one = codeRecordSchema.parse(await (await request.get('/codes/404.json')).json());
  expect(one).toEqual(index.find((record) => record.code === 404));
});

test('a search link opens the results for its text', async ({ page }) => {
  await page.goto('/search/?q=too%20many%20requests');
  await expect(page.locator('pagefind-results a').first()).toHaveAttribute('href', '/codes/429/');
});

test('a code page offers a link box with URL, Markdown and problem+json', async ({ page }) => {
  await page.goto('/codes/404/');
  const box = page.locator('aside', { hasText: 'Link to this page' });
  await expect(box.locator('#canonical-url')).toHaveText(/\/codes\/404\/$/);
  await expect(box).toContainText('[404 Not Found](');
  await expect(box.locator('pre')).toContainText('"status": 404');
});

test('the linking page shows problem+json, doc_url and a log line', async ({ page }) => {
  await page.goto('/linking/');
  for (const id of ['problem-json', 'doc-url', 'log-line']) await expect(page.locator(`#${id}`)).toBeVisible();
  await expect(page.locator('pre').first()).toContainText('application/problem+json');
});

test('robots.txt allows crawling', async ({ request }) => {
  expect(await (await request.get('/robots.txt')).text()).toContain('User-agent: *');
});
