/**
 * npm run bench:search: relevance and speed of search on the built site (dist/).
 * Prints hit@1, hit@3, MRR, in-page latency at p50/p95, and the bytes one query fetches.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { findChromium, howToGetChromium } from '../support/chromium.mjs';
import { queries, runQueries, summarize } from './relevance.ts';

const port = 4330;
const origin = `http://127.0.0.1:${port}`;
const found = findChromium();
if (!found) throw new Error(howToGetChromium);

const server = spawn(process.execPath, ['tests/support/static-server.mjs', 'dist', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({
  ...(found.executablePath && { executablePath: found.executablePath }),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

try {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  const outcomes = await runQueries(page, '/');
  const summary = summarize(outcomes);

  // Bytes of index, filter, fragment and metadata files one query fetches, on a fresh page each
  // time; Pagefind's runtime (JS, worker, WebAssembly) is not counted.
  const perQuery: number[] = [];
  for (const item of queries.filter((_, index) => index % 7 === 0)) {
    const fresh = await browser.newPage();
    let bytes = 0;
    fresh.on('response', async (response) => {
      if (/\/pagefind\/.*\.(pf_index|pf_fragment|pf_filter|pf_meta)$/.test(response.url())) bytes += (await response.body()).length;
    });
    await fresh.goto(`${origin}/`);
    await runQueries(fresh, '/', [item]);
    await fresh.waitForLoadState('networkidle');
    perQuery.push(bytes);
    await fresh.close();
  }
  perQuery.sort((a, b) => a - b);

  const misses = outcomes.filter((outcome) => outcome.rank !== 1);
  console.log(`queries        ${summary.queries}`);
  console.log(`hit@1          ${(summary.hitAt1 * 100).toFixed(1)} %`);
  console.log(`hit@3          ${(summary.hitAt3 * 100).toFixed(1)} %`);
  console.log(`MRR            ${summary.mrr.toFixed(3)}`);
  console.log(`latency p50    ${summary.p50.toFixed(1)} ms`);
  console.log(`latency p95    ${summary.p95.toFixed(1)} ms`);
  console.log(`bytes/query    median ${(perQuery[perQuery.length >> 1]! / 1024).toFixed(1)} KB, max ${(perQuery.at(-1)! / 1024).toFixed(1)} KB (${perQuery.length} fresh-page queries)`);
  for (const miss of misses) console.log(`  miss: "${miss.query}" (${miss.kind}) expected ${miss.expect}, rank ${miss.rank || '-'}; top: ${miss.top.join(' ')}`);
} finally {
  await browser.close();
  server.kill();
}
