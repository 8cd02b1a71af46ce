/**
 * Response headers come from the server, not from the built files: deploy/nginx.conf sets them
 * for nginx, as public/_headers does for Netlify and Cloudflare Pages. The README's caching
 * table is what these tests hold nginx to; the Node test server sets none of it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../support/built-pages';
import { expect, test } from './fixtures';

test.skip(process.env['E2E_SERVER'] !== 'nginx', 'only nginx serves the deploy headers (npm run test:e2e:nginx)');

const immutable = 'public, max-age=31536000, immutable';
const firstFile = (dir: string, suffix: string) => {
  const name = readdirSync(join(distDir, dir)).find((file) => file.endsWith(suffix));
  if (!name) throw new Error(`no *${suffix} file in ${join(distDir, dir)}; build the site first`);
  return `/${dir}/${name}`;
};

test('Cache-Control follows the README caching table', async ({ request }) => {
  const expected: [string, string][] = [
    ['/', 'no-cache'],
    ['/codes/404/', 'no-cache'],
    ['/codes/404/index.html', 'no-cache'],
    [firstFile('_astro', '.css'), immutable],
    [firstFile('pagefind', '.pf_meta'), immutable],
    [firstFile('pagefind/fragment', '.pf_fragment'), immutable],
    [firstFile('pagefind/index', '.pf_index'), immutable],
    ['/pagefind/pagefind-entry.json', 'no-cache'],
    ['/codes.json', 'public, max-age=300'],
  ];
  const actual = await Promise.all(expected.map(async ([path]) => [path, (await request.get(path)).headers()['cache-control']] as const));
  expect(actual).toEqual(expected);
});

test('every response carries the security headers, a missing page too', async ({ request }) => {
  for (const path of ['/', '/codes/404/', '/no-such-page/']) {
    const headers = (await request.get(path)).headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['content-security-policy'], path).toBe("frame-ancestors 'none'");
  }
});

test('host configuration files are not served', async ({ request }) => {
  expect((await request.get('/_headers')).status()).toBe(404);
});
