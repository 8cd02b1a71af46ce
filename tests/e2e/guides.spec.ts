import { expect, test } from './fixtures';

const guides = {
  '3xx': ['which-redirect'],
  '4xx': ['401-or-403', '400-422-or-409', '404-or-410', '429-or-503'],
  '5xx': ['502-503-or-504'],
};

for (const [slug, ids] of Object.entries(guides)) {
  test(`${slug} renders its decision guides`, async ({ page }) => {
    await page.goto(`/codes/${slug}/`);
    for (const id of ids) {
      const guide = page.locator(`section[id="${id}"][data-guide]`);
      await expect(guide.locator('h2')).toBeVisible();
      expect(await guide.locator('tbody tr').count(), `${id} rows`).toBeGreaterThanOrEqual(2);
    }
  });
}
