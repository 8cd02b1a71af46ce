import { expect, test } from './fixtures';

const guides = {
  '2xx': ['guide-success'],
  '3xx': ['guide-redirect'],
  '4xx': ['guide-401-or-403', 'guide-400-422-or-409', 'guide-404-or-410', 'guide-429-or-503'],
  '5xx': ['guide-502-503-or-504'],
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
