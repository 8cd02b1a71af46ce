/**
 * npm run bench:search: relevance and speed of search on the built site (dist/).
 * Prints hit@1, hit@3, MRR, in-page latency at p50/p95, the bytes one query fetches, and the
 * first search from cold (tests/search/cold-start.ts). `-- --cold` runs the cold start alone.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { findChromium, howToGetChromium } from '../support/chromium.mjs';
import { coldStartReport } from './cold-start.ts';
import { queries, runQueries, splitQueries, summarize } from './relevance.ts';

const coldOnly = process.argv.includes('--cold');
const port = 4330;
const origin = `http://127.0.0.1:${port}`;
const found = findChromium();
if (!found) throw new Error(howToGetChromium);

const server = spawn(process.execPath, ['tests/support/static-server.mjs', 'dist', String(port)], { stdio: 'ignore' });
// Ready when it answers: a fixed pause was too short on a loaded two-core machine.
for (let attempt = 0; ; attempt++) {
  const ready = await fetch(`${origin}/`).then((response) => response.ok, () => false);
  if (ready) break;
  if (attempt === 100) throw new Error(`the static server did not answer at ${origin}/ within 10 s`);
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const browser = await chromium.launch({
  ...(found.executablePath && { executablePath: found.executablePath }),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

try {
  if (!coldOnly) await relevanceReport();
  await coldStartReport(browser);
} finally {
  await browser.close();
  server.kill();
}

async function relevanceReport() {
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  const outcomes = await runQueries(page, '/');
  const summary = summarize(outcomes);

  // Bytes of index, filter, fragment and metadata files one query fetches, on a fresh page each
  // time; Pagefind's runtime (JS, worker, WebAssembly) is not counted.
  const perQuery: number[] = [];
  for (const item of queries.filter((_, index) => index % 7 === 0)) {
    const fresh = await browser.newPage();
    // Every body is awaited before the page closes: a late one would otherwise fail the run.
    const bodies: Promise<number>[] = [];
    fresh.on('response', (response) => {
      if (/\/pagefind\/.*\.(pf_index|pf_fragment|pf_filter|pf_meta)$/.test(response.url())) bodies.push(response.body().then((body) => body.length));
    });
    await fresh.goto(`${origin}/`);
    await runQueries(fresh, '/', [item]);
    await fresh.waitForLoadState('networkidle');
    perQuery.push((await Promise.all(bodies)).reduce((sum, length) => sum + length, 0));
    await fresh.close();
  }
  perQuery.sort((a, b) => a - b);

  const misses = outcomes.filter((outcome) => outcome.rank !== 1);
  // Ranking is tuned on the tuning half only; the held-out half shows whether it generalises.
  const halves = splitQueries(queries);
  const half = (list: typeof queries) => summarize(outcomes.filter((outcome) => list.some((item) => item.query === outcome.query)));
  const [tuning, heldOut] = [half(halves.tuning), half(halves.heldOut)];
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  console.log(`queries        ${summary.queries} (tuning ${tuning.queries}, held-out ${heldOut.queries})`);
  console.log(`               all       tuning    held-out`);
  console.log(`hit@1          ${percent(summary.hitAt1).padEnd(10)}${percent(tuning.hitAt1).padEnd(10)}${percent(heldOut.hitAt1)}`);
  console.log(`hit@3          ${percent(summary.hitAt3).padEnd(10)}${percent(tuning.hitAt3).padEnd(10)}${percent(heldOut.hitAt3)}`);
  console.log(`MRR            ${summary.mrr.toFixed(3).padEnd(10)}${tuning.mrr.toFixed(3).padEnd(10)}${heldOut.mrr.toFixed(3)}`);
  const met = (ok: boolean) => (ok ? 'met' : 'missed');
  console.log(`target: tuning hit@1 >= 97 %: ${met(tuning.hitAt1 >= 0.97)}; tuning hit@3 >= 99.5 %: ${met(tuning.hitAt3 >= 0.995)}`);
  console.log(`target: held-out hit@1 within 3 points of tuning: ${met(tuning.hitAt1 - heldOut.hitAt1 <= 0.03)} (${((tuning.hitAt1 - heldOut.hitAt1) * 100).toFixed(1)} points)`);
  console.log(`latency p50    ${summary.p50.toFixed(1)} ms`);
  console.log(`latency p95    ${summary.p95.toFixed(1)} ms`);
  console.log(`bytes/query    median ${(perQuery[perQuery.length >> 1]! / 1024).toFixed(1)} KB, max ${(perQuery.at(-1)! / 1024).toFixed(1)} KB (${perQuery.length} fresh-page queries)`);
  const inTuning = new Set(halves.tuning.map((item) => item.query));
  for (const miss of misses) {
    console.log(`  miss (${inTuning.has(miss.query) ? 'tuning' : 'held-out'}): "${miss.query}" (${miss.kind}) expected ${miss.expect}, rank ${miss.rank || '-'}; top: ${miss.top.join(' ')}`);
  }
}
