import { test as plainTest } from '@playwright/test';
import { expect, openSearch, resultLinks, test } from './fixtures';

const queries = [
  { query: 'not found', code: 404 },
  { query: 'too many requests', code: 429 },
];

test.describe('search dialog', () => {
  for (const { query, code } of queries) {
    test(`"${query}" finds ${code} first`, async ({ page, scriptRequests }) => {
      await page.goto('/');
      expect(scriptRequests, 'no script file before search opens').toEqual([]);
      const input = await openSearch(page);
      await expect(input).toBeFocused();
      await input.fill(query);
      const first = resultLinks(page).first();
      await expect(first).toHaveAttribute('href', `/codes/${code}/`);
      expect(scriptRequests.length, 'search loads its scripts on demand').toBeGreaterThan(0);
    });
  }

  test('opens with Ctrl+K and closes with Escape', async ({ page }) => {
    await page.goto('/codes/404/');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('[data-search-dialog]');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

// Without the fixture's console check: the failed requests are logged, as they should be.
plainTest.describe('when search cannot load', () => {
  plainTest('the dialog says so when Pagefind cannot start', async ({ page }) => {
    await page.route('**/pagefind/wasm.*', (route) => route.abort());
    await page.goto('/codes/404/');
    await (await openSearch(page)).fill('rate limit');
    await expect(page.locator('[data-search-dialog]').getByRole('alert')).toHaveText(/^Search could not load/);
    await expect(resultLinks(page)).toHaveCount(0);
  });

  plainTest('without the search client, the search key leads to the search page, which says so', async ({ page }) => {
    await page.route('**/search-client.js', (route) => route.abort());
    await page.goto('/codes/404/');
    await page.keyboard.press('/');
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('[data-search-page]').getByRole('alert')).toHaveText(/^Search could not load/);
  });
});
