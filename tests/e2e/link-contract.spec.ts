import { codeIndexSchema, codeRecordSchema } from '../../src/schemas/code-record';
import { allCodes, expect, resultLinks, test } from './fixtures';

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

  test('an unassigned number says so, with its range from the registry and its x00 code', async ({ page }) => {
    await page.goto('/codes/487/');
    const note = page.locator('#unassigned');
    await expect(note).toHaveText(/^487 is not assigned in the IANA registry \(unassigned: 452–499\)\. .* here 400 \(RFC 9110 §15\)\.$/);
    await expect(note.locator('a[href="/codes/400/"]')).toBeVisible();
    await expect(page.locator('#suggestions a[href="/codes/4xx/"]')).toBeVisible();
    await page.goto('/codes/427/');
    await expect(note).toContainText('(unassigned: 427)');
  });

  test('a number outside 1xx–5xx gets a search but no class page', async ({ page }) => {
    await page.goto('/codes/999/');
    await expect(page.locator('#suggestions a[href="/search/?q=999"]')).toBeVisible();
    await expect(page.locator('#unassigned')).toBeHidden();
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
  await expect(resultLinks(page, '[data-search-page]').first()).toHaveAttribute('href', '/codes/429/');
});

test('a code page offers a link box with URL, Markdown and a Link header', async ({ page }) => {
  await page.goto('/codes/404/');
  const box = page.locator('aside', { hasText: 'Link to this page' });
  await expect(box.locator('#canonical-url')).toHaveText(/\/codes\/404\/$/);
  await expect(box).toContainText('[404 Not Found](');
  await expect(box.locator('pre')).toHaveText(/^Link: <[^>]*\/codes\/404\/>; rel="help"$/);
  await expect(box.locator('a[href="/linking/"]')).toBeVisible();
});

test('the linking page links a code page without making it a problem type', async ({ page }) => {
  await page.goto('/linking/');
  for (const id of ['problem-json', 'link-header', 'extension-member', 'problem-type', 'doc-url', 'log-line']) {
    await expect(page.locator(`#${id}`)).toBeVisible();
  }
  // RFC 9457: "type" identifies a problem type; a problem that is no more than its status code is about:blank.
  const example = (await page.locator('#link-header ~ pre').first().textContent()) ?? '';
  const [head = '', body = ''] = example.split('\n\n');
  expect(head).toMatch(/^Content-Type: application\/problem\+json$/m);
  expect(head).toMatch(/^Link: <[^>]*\/codes\/429\/>; rel="help"$/m);
  expect(head).toMatch(/^Date: /m);
  expect(head).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
  expect(JSON.parse(body)).toMatchObject({ type: 'about:blank', status: 429 });
  // No example puts a code page in "type".
  for (const text of await page.locator('pre').allTextContents()) expect(text).not.toMatch(/"type": "[^"]*\/codes\/\d{3}\/"/);
  // The registered relation type and the Stripe doc_url claim name their sources.
  await expect(page.locator('a[href="https://www.iana.org/assignments/link-relations/"]')).toBeVisible();
  await expect(page.locator('#doc-url + p a[href="https://docs.stripe.com/api/errors"]')).toBeVisible();
});

test('robots.txt allows crawling', async ({ request }) => {
  expect(await (await request.get('/robots.txt')).text()).toContain('User-agent: *');
});
