import { expect, openSearch, test } from './fixtures';

test('no Content Security Policy violation on home, a code page and search with results', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const violations = async () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  await page.goto('/');
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  expect(await violations()).toEqual([]);

  await page.goto('/codes/429/');
  await (await openSearch(page)).fill('rate limit');
  await expect(page.locator('[data-search-dialog] .search-result').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});
