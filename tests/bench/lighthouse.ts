/**
 * npm run bench:lighthouse: Lighthouse scores for home, a class page and a code page, with the
 * system Chromium. The site is built with SITE_URL set to the local server, as in production
 * where canonical links are absolute. Prints figures; it does not gate CI (scores are noisy).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, howToGetChromium } from '../support/chromium.mjs';

const port = 4340;
const origin = `http://127.0.0.1:${port}`;
const pages = ['/', '/codes/4xx/', '/codes/429/'];
const chromium = findChromium();
if (!chromium?.executablePath) throw new Error(howToGetChromium);

const work = mkdtempSync(join(tmpdir(), 'statuscodes-lighthouse-'));
const outDir = join(work, 'dist');
execFileSync('node_modules/.bin/astro', ['build'], {
  stdio: 'ignore',
  env: { ...process.env, SITE_URL: origin, OUT_DIR: outDir, CACHE_DIR: join(work, 'cache') },
});
const server = spawn(process.execPath, ['tests/support/static-server.mjs', outDir, String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));

try {
  for (const path of pages) {
    const report = join(work, 'report.json');
    execFileSync(
      'node_modules/.bin/lighthouse',
      [
        `${origin}${path}`,
        '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json',
        `--output-path=${report}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ],
      { stdio: 'ignore', env: { ...process.env, CHROME_PATH: chromium.executablePath } },
    );
    const { categories } = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }> };
    const scores = Object.entries(categories).map(([name, { score }]) => `${name} ${Math.round(score * 100)}`);
    console.log(`${path.padEnd(14)} ${scores.join(', ')}`);
  }
} finally {
  server.kill();
  rmSync(work, { recursive: true, force: true });
}
