/**
 * Issue 13's sections and pages, as a reader meets them: names in code (#constants, /in/…),
 * what clients do (#clients, the 3xx matrix, /clients/…) and gRPC (#grpc, /grpc/). The data
 * itself is checked in tests/unit/registry-tables.test.ts; here, that it reaches the page.
 */
import { expect, test } from './fixtures';

test('413 names its constants, the Python 3.13 rename with its version and a source', async ({ page }) => {
  await page.goto('/codes/413/');
  const python = page.locator('section#constants tr', { has: page.locator('th', { hasText: 'Python' }) });
  await expect(python.locator('code')).toHaveText(['HTTPStatus.CONTENT_TOO_LARGE', 'HTTPStatus.REQUEST_ENTITY_TOO_LARGE']);
  await expect(python.getByRole('link', { name: 'since 3.13' })).toHaveAttribute('href', /^https:\/\/github\.com\/python\/cpython\//);
  await expect(python.locator('th a').last()).toHaveAttribute('href', /^https:\/\/github\.com\/python\/cpython\/blob\/v[\d.]+\/Lib\/http\/__init__\.py$/);
  // An ecosystem without a name says so rather than leaving the row out.
  await page.goto('/codes/104/');
  await expect(page.locator('section#constants tr', { has: page.locator('th', { hasText: 'Go' }) }).locator('td')).toHaveText('none');
});

test('a code page shows what clients do by themselves, each value leading to its condition and source', async ({ page }) => {
  await page.goto('/codes/307/');
  const curl = page.locator('section#clients tbody tr', { has: page.locator('th', { hasText: /^curl$/ }) });
  const value = curl.getByRole('link', { name: 'with -L' });
  await expect(value).toBeVisible();
  const href = (await value.getAttribute('href'))!;
  expect(href).toMatch(/^\/clients\/curl\/#row-\d+$/);
  await page.goto(href);
  const row = page.locator(href.slice(href.indexOf('#')));
  await expect(row).toContainText('with -L');
  await expect(row.locator('a[href^="#client-source-"]')).toHaveCount(1);
  const sourceId = (await row.locator('a[href^="#client-source-"]').getAttribute('href'))!;
  await expect(page.locator(`${sourceId} a`)).toHaveAttribute('href', /^https:\/\/github\.com\/curl\/curl\/blob\/curl-[\d_]+\//);
  // A code no client acts on has no such section.
  await page.goto('/codes/402/');
  await expect(page.locator('section#clients')).toHaveCount(0);
});

test('the 3xx page sets method and body after each redirect side by side for every client', async ({ page }) => {
  await page.goto('/codes/3xx/');
  const matrix = page.locator('#redirect-matrix table');
  await expect(matrix.locator('thead th')).toHaveText(['Client', '301', '302', '303', '307', '308']);
  const browsers = matrix.locator('tbody tr', { has: page.locator('th', { hasText: 'Browsers' }) });
  await expect(browsers.locator('td').nth(0)).toContainText('POST → GET');
  await expect(browsers.locator('td').nth(3)).toContainText('kept');
  expect(await matrix.locator('tbody tr').count()).toBeGreaterThanOrEqual(8);
});

test('404 shows both gRPC tables, which do not mirror each other, and /grpc/ sets them side by side', async ({ page }) => {
  await page.goto('/codes/404/');
  const grpc = page.locator('section#grpc');
  await expect(grpc).toContainText('NOT_FOUND (5)');
  await expect(grpc).toContainText('becomes UNIMPLEMENTED');
  await page.goto('/codes/409/');
  await expect(page.locator('section#grpc')).toContainText('like every code the table does not name');
  await page.goto('/grpc/');
  await expect(page.locator('#grpc-to-http + table tbody tr')).toHaveCount(17);
  await expect(page.locator('table', { hasText: 'Every other code' })).toContainText('UNKNOWN');
});

test('/in/python/ lists every code with its name or "none"', async ({ page }) => {
  await page.goto('/in/python/');
  const rows = page.locator('main table tbody tr');
  await expect(rows.filter({ hasText: /^429 Too Many Requests/ }).locator('td')).toHaveText('HTTPStatus.TOO_MANY_REQUESTS');
  await expect(rows.filter({ hasText: /^306 / }).locator('td')).toHaveText('none');
  const codes = await page.locator('main table tbody th a').count();
  await page.goto('/');
  expect(codes).toBe(await page.locator('main a[href^="/codes/"][href$="/"]').filter({ hasText: /^\d{3}/ }).count());
});

test('codes.json carries each code\'s names per ecosystem', async ({ request }) => {
  const index = (await (await request.get('/codes.json')).json()) as { code: number; constants: Record<string, { name: string; since?: string }[]> }[];
  const tooLarge = index.find((record) => record.code === 413)!;
  expect(tooLarge.constants['python']).toEqual([{ name: 'HTTPStatus.CONTENT_TOO_LARGE', since: '3.13' }, { name: 'HTTPStatus.REQUEST_ENTITY_TOO_LARGE' }]);
  expect(index.find((record) => record.code === 104)!.constants['go']).toEqual([]);
});
