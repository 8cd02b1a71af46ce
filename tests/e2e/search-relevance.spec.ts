import { queries, runQueries, summarize } from '../search/relevance';
import { allCodes, expect, test } from './fixtures';

/** Regression floors: the figures the suite reached (npm run bench:search), rounded down. */
const floors = { hitAt1: 0.95, hitAt3: 1 };

test('the relevance suite stays above its floors', async ({ page }) => {
  expect(queries.length).toBeGreaterThanOrEqual(100);
  await page.goto('/');
  const summary = summarize(await runQueries(page, '/'));
  expect(summary.hitAt1).toBeGreaterThanOrEqual(floors.hitAt1);
  expect(summary.hitAt3).toBeGreaterThanOrEqual(floors.hitAt3);
});

test('every code number finds its own page first', async ({ page }) => {
  await page.goto('/');
  const outcomes = await runQueries(
    page,
    '/',
    allCodes.map((code) => ({ query: String(code), expect: String(code), kind: 'number' })),
  );
  expect(outcomes.filter((outcome) => outcome.rank !== 1).map((outcome) => `${outcome.query} → ${outcome.top[0]}`)).toEqual([]);
});

test.describe('search dialog', () => {
  test('an exact code is first and Enter opens it', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    const input = page.locator('pagefind-modal pagefind-input input');
    await input.fill('431');
    await expect(page.locator('pagefind-modal pagefind-results a').first()).toHaveAttribute('href', '/codes/431/');
    await input.press('Enter');
    await expect(page).toHaveURL(/\/codes\/431\/$/);
  });

  test('Enter on a phrase opens the first result', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    const input = page.locator('pagefind-modal pagefind-input input');
    await input.fill('rate limit');
    await expect(page.locator('pagefind-modal pagefind-results a').first()).toHaveAttribute('href', '/codes/429/');
    await input.press('Enter');
    await expect(page).toHaveURL(/\/codes\/429\/$/);
  });

  test('results show the title, a status badge and a highlighted excerpt', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.locator('pagefind-modal pagefind-input input').fill('client closed request');
    const first = page.locator('pagefind-modal .pf-result').first();
    await expect(first.locator('.pf-result-link')).toHaveText('499 Client Closed Request');
    await expect(first.locator('.search-status-badge')).toContainText('Unofficial');
    await expect(first.locator('.pf-result-excerpt mark').first()).toBeVisible();
  });

  test('filters for class and status are offered', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.locator('pagefind-modal pagefind-input input').fill('timeout');
    await expect(page.locator('pagefind-modal details[data-filter-name="class"] summary')).toBeVisible();
    await expect(page.locator('pagefind-modal details[data-filter-name="status"] summary')).toBeVisible();
  });

  test('arrow keys move through results and Escape closes', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.locator('pagefind-modal pagefind-input input').fill('redirect');
    await expect(page.locator('pagefind-modal pagefind-results a').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('pagefind-modal pagefind-results a').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('pagefind-modal dialog')).toBeHidden();
  });
});
