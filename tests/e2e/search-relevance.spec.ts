import { queries, runQueries, summarize, type QueryOutcome } from '../search/relevance';
import { allCodes, allEntries, expect, openSearch, resultLinks, test } from './fixtures';

/**
 * Regression floors: the figures the whole suite reached (npm run bench:search), rounded down.
 * On the 139 queries it was tuned on, the suite stood at 0.94 and 1; grown to 273 queries, half of
 * them held out from tuning (error messages, questions, misspellings), it reached 0.883 and 0.938,
 * and with spelling correction, unofficial codes after registered ones, header lines and exact
 * names 0.930 and 0.960, with names held whole in a query 0.938 and 0.960 (docs/search.md), so
 * the floors follow the honest figure.
 */
const floors = { hitAt1: 0.93, hitAt3: 0.95 };

/** The queries whose expected page is not first, each with the page that is. */
const notFirst = (outcomes: QueryOutcome[]) => outcomes.filter((outcome) => outcome.rank !== 1).map((outcome) => `${outcome.query} → ${outcome.top[0]}`);

test('the relevance suite stays above its floors', async ({ page }) => {
  expect(queries.length).toBeGreaterThanOrEqual(250);
  await page.goto('/');
  const summary = summarize(await runQueries(page, '/'));
  expect(summary.hitAt1).toBeGreaterThanOrEqual(floors.hitAt1);
  expect(summary.hitAt3).toBeGreaterThanOrEqual(floors.hitAt3);
});

test('status 0 and 000 find the no-response page first', async ({ page }) => {
  await page.goto('/');
  const outcomes = await runQueries(page, '/', ['status 0', 'status code 0', '000'].map((query) => ({ query, expect: '0', kind: 'number' })));
  expect(notFirst(outcomes)).toEqual([]);
});

test('class names find their class page first', async ({ page }) => {
  await page.goto('/');
  const wordings = [
    ['client error', '4xx'],
    ['server errors', '5xx'],
    ['redirection', '3xx'],
    ['2xx success codes', '2xx'],
  ];
  const outcomes = await runQueries(page, '/', wordings.map(([query, expect]) => ({ query: query!, expect: expect!, kind: 'class' })));
  expect(notFirst(outcomes)).toEqual([]);
});

test('a generic word finds a registered code before an unofficial one', async ({ page }) => {
  await page.goto('/');
  const unofficial = new Set(allEntries.filter((entry) => entry.status === 'unofficial').map((entry) => `/codes/${entry.code}/`));
  // Each query also matches the unofficial code given (in its title or keywords): it is found, after a registered code.
  const queries = [
    ['timeout', '524'],
    ['too large', '494'],
    ['rate limit', '420'],
  ];
  const outcomes = await runQueries(page, '/', queries.map(([query, code]) => ({ query: query!, expect: code!, kind: 'symptom' })));
  for (const outcome of outcomes) {
    expect(outcome.top[0], outcome.query).toMatch(/^\/codes\/\d{3}\/$/);
    expect(unofficial.has(outcome.top[0]!), `${outcome.query} → ${outcome.top[0]}`).toBe(false);
    expect(unofficial.has(`/codes/${outcome.expect}/`), outcome.expect).toBe(true);
    // Rank 0 would be absent from the first ten.
    expect(outcome.rank, `${outcome.query}: ${outcome.expect}`).toBeGreaterThan(1);
  }
});

test('a query naming a vendor or an unofficial code\'s name keeps that code first', async ({ page }) => {
  await page.goto('/');
  const outcomes = await runQueries(page, '/', [
    { query: 'cloudflare origin is unreachable', expect: '523', kind: 'vendor' },
    { query: 'client closed request', expect: '499', kind: 'reason' },
    { query: 'nginx 499', expect: '499', kind: 'vendor' },
  ]);
  expect(notFirst(outcomes)).toEqual([]);
});

test('a pasted error message or a constant name finds the code it names', async ({ page }) => {
  await page.goto('/');
  const outcomes = await runQueries(page, '/', [
    { query: 'AxiosError: Request failed with status code 404', expect: '404', kind: 'error-message' },
    { query: 'why does my api return 415', expect: '415', kind: 'question' },
    { query: 'StatusTooManyRequests', expect: '429', kind: 'constant' },
    { query: 'HTTPStatus.TOO_MANY_REQUESTS', expect: '429', kind: 'constant' },
    { query: ':unprocessable_content', expect: '422', kind: 'constant' },
  ]);
  expect(notFirst(outcomes)).toEqual([]);
});

test('every code number finds its own page first', async ({ page }) => {
  await page.goto('/');
  const outcomes = await runQueries(
    page,
    '/',
    allCodes.map((code) => ({ query: String(code), expect: String(code), kind: 'number' })),
  );
  expect(notFirst(outcomes)).toEqual([]);
});

test.describe('search dialog', () => {
  const enterOpens = [
    { name: 'an exact code is first and Enter opens it', shortcut: '/', query: '431', code: 431 },
    { name: 'Enter on a phrase opens the first result', shortcut: 'Control+k', query: 'rate limit', code: 429 },
    // Pagefind alone finds nothing for this: the dialog searches word by word (src/lib/relaxed-search.ts).
    { name: 'a pasted error message finds the code it names', shortcut: '/', query: 'Response status code does not indicate success: 401 (Unauthorized).', code: 401 },
  ];
  for (const { name, shortcut, query, code } of enterOpens) {
    test(name, async ({ page }) => {
      await page.goto('/');
      const input = await openSearch(page, shortcut);
      await input.fill(query);
      await expect(resultLinks(page).first()).toHaveAttribute('href', `/codes/${code}/`);
      await input.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/codes/${code}/$`));
    });
  }

  test('results show the title, a status badge and a highlighted excerpt', async ({ page }) => {
    await page.goto('/');
    await (await openSearch(page)).fill('client closed request');
    const first = page.locator('[data-search-dialog] .search-result').first();
    await expect(first.locator('.search-result-link')).toHaveText('499 Client Closed Request');
    await expect(first.locator('.search-status-badge')).toContainText('Unofficial');
    await expect(first.locator('.search-result-excerpt mark').first()).toBeVisible();
  });

  test('excerpts are sentences of the page, not meta fields or table labels run together', async ({ page }) => {
    await page.goto('/');
    await (await openSearch(page)).fill('timeout');
    const excerpts = page.locator('[data-search-dialog] .search-result-excerpt');
    await expect(excerpts).toHaveCount(4);
    for (const text of await excerpts.allTextContents()) {
      // Hidden meta spans and table captions once joined the next text: "504Cache-Control5xxstandard", "Properties of 504ClassCacheable".
      expect(text).not.toMatch(/\d{3}[A-Z]|\dxx[a-z]|Properties of|Also searched as/);
    }
  });

  test('filters for class and status are offered', async ({ page }) => {
    await page.goto('/');
    await (await openSearch(page)).fill('timeout');
    await expect(page.locator('[data-search-dialog] details[data-filter-name="class"] summary')).toBeVisible();
    await expect(page.locator('[data-search-dialog] details[data-filter-name="status"] summary')).toBeVisible();
  });

  test('arrow keys move between the field and the results, and Escape closes', async ({ page }) => {
    await page.goto('/');
    const input = await openSearch(page);
    await input.fill('redirect');
    const links = resultLinks(page);
    await expect(links.nth(1)).toBeVisible();
    await input.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-search-dialog]')).toBeHidden();
  });

  test('a click on the backdrop closes, and reopening keeps the query', async ({ page }) => {
    await page.goto('/');
    const input = await openSearch(page);
    await input.fill('gone');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/codes/410/');
    await page.mouse.click(5, 5);
    await expect(page.locator('[data-search-dialog]')).toBeHidden();
    await openSearch(page);
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('gone');
  });

  test('a filter narrows the results, and More results shows the rest', async ({ page }) => {
    await page.goto('/');
    await (await openSearch(page)).fill('timeout');
    const dialog = page.locator('[data-search-dialog]');
    await expect(resultLinks(page).first()).toBeVisible();
    await dialog.locator('details[data-filter-name="class"] summary').click();
    await dialog.getByRole('checkbox', { name: /^5xx/ }).check();
    await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? for “timeout”$/);
    await expect(async () => {
      const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((href) => !/^\/codes\/5(\d\d|xx)\/$/.test(href!))).toEqual([]);
    }).toPass();
    await dialog.getByRole('checkbox', { name: /^5xx/ }).uncheck();
    await expect(resultLinks(page)).toHaveCount(4);
    const total = Number(/^(\d+) results/.exec((await dialog.getByRole('status').textContent()) ?? '')?.[1]);
    expect(total, 'more results than one page shows').toBeGreaterThan(4);
    await dialog.getByRole('button', { name: 'More results' }).click();
    await expect(resultLinks(page)).toHaveCount(Math.min(total, 8));
  });

});
