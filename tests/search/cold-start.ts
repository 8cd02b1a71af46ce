/**
 * The first search, cold: on a code page of the built site (dist/) served by nginx with the
 * deploy recipe (deploy/nginx.conf, gzip on), press `/`, type a query and time until the first
 * result is painted. Each run has a fresh browser context (an empty cache). Counts every request
 * from the reader's intent on, a worker's included: the browser reports each with its timing,
 * and nginx's access log has the body bytes it sent (gzip where it compressed them) for every
 * request, whoever sent it.
 */
import type { Browser, BrowserContext, Request } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Chromium's network emulation (CDP Network.emulateNetworkConditions); undefined: the local link. */
export interface NetworkProfile {
  name: string;
  conditions?: { latency: number; downloadThroughput: number; uploadThroughput: number };
  /** Milliseconds the pointer rests on the search button (intent) before `/` is pressed. */
  hoverFirst?: number;
}

// 150 ms round trip, 1.6 Mbit/s each way: Lighthouse's "slow 4G".
const slow4G = { latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 };

export const profiles: NetworkProfile[] = [
  { name: 'slow 4G', conditions: slow4G },
  { name: 'local link' },
  // A reader who points at the search button first: search loads on that intent.
  { name: 'slow 4G, pointer on the search button 1 s before /', conditions: slow4G, hoverFirst: 1000 },
];

export interface RequestRecord {
  url: string;
  /** Milliseconds from the key press (negative: after the pointer's intent, before the key). */
  start: number;
  end: number;
  /** Response body as sent by nginx (gzip where it compressed it), from its access log. */
  bodyBytes: number;
  /** Response headers as Chromium received them. */
  headerBytes: number;
  failed: boolean;
  /** Answered by the browser (its cache or a preload), never reaching the server. */
  cached: boolean;
}

export interface ColdRun {
  /** Milliseconds from the `/` key press to the first result painted. */
  firstResult: number;
  /** Milliseconds from the key press to the query typed (the search field had focus). */
  typed: number;
  requests: RequestRecord[];
}

const pagePath = '/codes/404/';
const query = 'rate limit';
const firstResultSelector = '[data-search-dialog] .search-result-link';

/** Serves `dir` with nginx and deploy/nginx.conf on `port`; resolves once it answers. */
export async function startNginx(dir: string, port: number): Promise<{ origin: string; accessLog: string; stop: () => Promise<void> }> {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html not found: run npm run build first`);
  const child = spawn(process.execPath, ['tests/support/nginx-server.mjs', dir, String(port), '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  // nginx-server.mjs names the folder of its config and logs: "(config and logs in <folder>)".
  let said = '';
  child.stdout.on('data', (chunk) => (said += String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error('nginx did not start (see above; tests/support/nginx-server.mjs says how to get it)');
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      if (attempt > 100) throw new Error(`nginx did not answer at ${origin}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const work = /config and logs in (.+)\)/.exec(said)?.[1];
  if (!work) throw new Error(`nginx-server.mjs did not say where its logs are: ${said}`);
  return {
    origin,
    accessLog: join(work, 'access.log'),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Records every request of the context (its pages' and their workers') with timing and sizes. */
function recordRequests(context: BrowserContext) {
  const pending: Promise<RequestRecord>[] = [];
  const record = (request: Request, failed: boolean) => {
    pending.push(
      (async () => {
        const timing = request.timing();
        const sizes = failed ? undefined : await request.sizes();
        return {
          url: request.url(),
          start: timing.startTime,
          end: timing.startTime + Math.max(timing.responseEnd, 0),
          bodyBytes: sizes?.responseBodySize ?? 0,
          headerBytes: sizes?.responseHeadersSize ?? 0,
          failed,
          // Nothing came over the wire: Playwright computes the body as bytes received less the
          // headers, which is negative for an answer from the memory cache or a preload.
          cached: (sizes?.responseBodySize ?? 0) < 0,
        };
      })(),
    );
  };
  context.on('requestfinished', (request) => record(request, false));
  context.on('requestfailed', (request) => record(request, true));
  return () => Promise.all(pending);
}

/**
 * The body bytes nginx sent for each request ($body_bytes_sent in its access log, the default
 * "combined" format), matched by path in order. Chromium does not report the size of a worker's
 * own script to Playwright (it says 0 bytes); nginx's log has every request. A request answered by the browser
 * itself (cache, preload) is not in the log; one in the log that the browser did not report is
 * added without timing.
 */
function withSentBytes(records: RequestRecord[], log: string): RequestRecord[] {
  const sent = log
    .split('\n')
    .map((line) => /"[A-Z]+ (\S+) HTTP\/[\d.]+" \d{3} (\d+)/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ path: match[1]!, bytes: Number(match[2]) }));
  const matched = records.map((record) => {
    if (record.cached) return { ...record, bodyBytes: 0, headerBytes: 0 };
    const url = new URL(record.url);
    const index = sent.findIndex((entry) => entry.path === url.pathname + url.search);
    if (index < 0) return record;
    const [entry] = sent.splice(index, 1);
    return { ...record, bodyBytes: entry!.bytes };
  });
  const unseen = sent.map((entry) => ({ url: `http://log${entry.path}`, start: NaN, end: NaN, bodyBytes: entry.bytes, headerBytes: 0, failed: false, cached: false }));
  return [...matched, ...unseen];
}

/** One cold first search in a fresh context. */
export async function coldRun(browser: Browser, server: { origin: string; accessLog: string }, profile: NetworkProfile): Promise<ColdRun> {
  const context = await browser.newContext({ baseURL: server.origin, viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    // In the page's own clock (epoch milliseconds): the `/` key press, and the first frame after
    // the first result link has its text. The query is typed in one input event (as if pasted)
    // as soon as the search field has focus, so that the time is the site's, not the typist's or
    // the test driver's.
    await page.addInitScript(
      ({ selector, query }) => {
        const state: { pressed?: number; typed?: number; painted?: number } = {};
        (window as unknown as { coldStart: typeof state }).coldStart = state;
        const now = () => performance.timeOrigin + performance.now();
        const poll = () => {
          const link = document.querySelector(selector);
          if (link && link.textContent?.trim() && link.checkVisibility()) {
            requestAnimationFrame(() => (state.painted = now()));
          } else requestAnimationFrame(poll);
        };
        document.addEventListener(
          'keydown',
          (event) => {
            if (event.key !== '/' || state.pressed) return;
            state.pressed = now();
            poll();
          },
          true,
        );
        document.addEventListener('focusin', (event) => {
          const input = event.target;
          if (!state.pressed || state.typed || !(input instanceof HTMLInputElement) || !input.matches('[data-search-input]')) return;
          state.typed = now();
          input.value = query;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query }));
        });
      },
      { selector: firstResultSelector, query },
    );
    if (profile.conditions) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.conditions });
    }
    // The page and its own requests (stylesheet, icon) are done before the key press.
    await page.goto(pagePath, { waitUntil: 'networkidle' });
    const collect = recordRequests(context);
    const logStart = statSync(server.accessLog).size;
    const intentAt = await page.evaluate(() => performance.timeOrigin + performance.now());
    if (profile.hoverFirst) {
      await page.hover('[data-search-open]');
      await page.waitForTimeout(profile.hoverFirst);
    }
    await page.keyboard.press('/');
    await page.waitForFunction(() => (window as unknown as { coldStart: { painted?: number } }).coldStart.painted, undefined, { timeout: 30_000 });
    const { pressed, typed, painted } = await page.evaluate(() => (window as unknown as { coldStart: { pressed: number; typed: number; painted: number } }).coldStart);
    // Requests the first search set off but that end after the paint (more fragments) count too.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(profile.conditions ? 1000 : 200);
    const requests = withSentBytes(await collect(), readFileSync(server.accessLog).subarray(logStart).toString('utf8'))
      .map((request) => ({ ...request, start: request.start - pressed, end: request.end - pressed }))
      .filter((request) => !(request.start < intentAt - pressed))
      .sort((a, b) => a.start - b.start);
    return { firstResult: painted - pressed, typed: typed - pressed, requests };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (run: ColdRun, key: 'bodyBytes' | 'headerBytes') => run.requests.reduce((sum, request) => sum + request[key], 0);
/** Requests that reached the server. */
const sentCount = (run: ColdRun) => run.requests.filter((request) => !request.cached).length;

/** Runs each profile `runs` times and prints medians and one slow-4G waterfall. */
export async function coldStartReport(browser: Browser, { dir = 'dist', port = 4331, runs = 5 } = {}): Promise<void> {
  const server = await startNginx(dir, port);
  try {
    let waterfall: ColdRun | undefined;
    console.log(`\ncold start: ${pagePath}, "/" then "${query}" typed, first result painted; nginx (deploy/nginx.conf, gzip), fresh context; median of ${runs}`);
    for (const profile of profiles) {
      const results: ColdRun[] = [];
      for (let run = 0; run < runs; run++) results.push(await coldRun(browser, server, profile));
      const times = results.map((run) => run.firstResult);
      const byTime = [...results].sort((a, b) => a.firstResult - b.firstResult);
      const middle = byTime[byTime.length >> 1]!;
      if (profile.name === 'slow 4G') waterfall = middle;
      console.log(
        `${profile.name}${profile.name.length < 11 ? ' '.repeat(11 - profile.name.length) : ''}  first result ${Math.round(median(times))} ms (runs: ${times.map((time) => Math.round(time)).join(', ')}); ` +
          `${median(results.map(sentCount))} requests, ` +
          `${kb(median(results.map((run) => total(run, 'bodyBytes'))))} bodies as sent + ${kb(median(results.map((run) => total(run, 'headerBytes'))))} headers`,
      );
    }
    if (waterfall) {
      console.log(`waterfall, slow 4G, the median run (${Math.round(waterfall.firstResult)} ms): ms from the key press, body bytes as sent`);
      console.log('   start      end     bytes  url');
      for (const request of waterfall.requests) {
        const url = new URL(request.url);
        const line = `${request.start.toFixed(0).padStart(8)} ${request.end.toFixed(0).padStart(8)} ${String(request.bodyBytes).padStart(9)}  ${url.pathname}${url.search}`;
        console.log(`${line}${request.failed ? '  (failed)' : ''}${request.cached ? '  (from the browser: preload or cache)' : ''}`);
      }
      console.log(`${String(Math.round(waterfall.typed)).padStart(8)} ${' '.repeat(8)} ${' '.repeat(9)}  query typed (the search field has focus)`);
      console.log(`${' '.repeat(8)} ${String(Math.round(waterfall.firstResult)).padStart(8)} ${' '.repeat(9)}  first result painted`);
    }
  } finally {
    await server.stop();
  }
}
