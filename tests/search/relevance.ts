/**
 * The relevance suite: runs every query of queries.json through Pagefind in a real browser,
 * against the built index, with the site's own ranking options.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchRanking } from '../../src/lib/search-options.ts';

export interface RelevanceQuery {
  query: string;
  /** A code ("429") or a class slug ("4xx"): the page that must come first. */
  expect: string;
  /** What the query names: number, reason, former-name, symptom, header, class, vendor. */
  kind: string;
}

export interface QueryOutcome extends RelevanceQuery {
  /** 1-based rank of the expected page among the results, or 0 when absent from the top 10. */
  rank: number;
  top: string[];
  /** Milliseconds for the search and the data of the first three results. */
  latency: number;
}

export const queries: RelevanceQuery[] = JSON.parse(readFileSync(join(import.meta.dirname, 'queries.json'), 'utf8'));

/**
 * The seed that splits the suite into a tuning half and a held-out half. It was fixed before the
 * suite grew past 250 queries and before any tuning on it; changing it would let tuning see the
 * held-out half.
 */
export const splitSeed = 20261130;

/** FNV-1a of the seed and the query text: a query's half does not depend on its place in the file. */
function halfOf(query: string, seed: number): 'tuning' | 'held-out' {
  let hash = 0x811c9dc5 ^ seed;
  for (const char of query.toLowerCase()) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % 2 === 0 ? 'tuning' : 'held-out';
}

/** The suite in its two halves: tune ranking on the first only, report both. */
export function splitQueries(list: RelevanceQuery[], seed = splitSeed): { tuning: RelevanceQuery[]; heldOut: RelevanceQuery[] } {
  return {
    tuning: list.filter((item) => halfOf(item.query, seed) === 'tuning'),
    heldOut: list.filter((item) => halfOf(item.query, seed) === 'held-out'),
  };
}

/** Runs the queries in the page, which must be a page of the built site at `base`. */
export async function runQueries(page: Page, base: string, list = queries): Promise<QueryOutcome[]> {
  return page.evaluate(
    async ({ base, list, ranking }) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      // The same word-by-word fallback as the search dialog (src/lib/relaxed-search.ts).
      const { siteSearch } = await import(`${base}search-client.js`);
      // In the page, not in a worker, as the site's search runs (src/scripts/boot.js).
      await pagefind.options({ baseUrl: base, ranking, noWorker: true });
      await pagefind.init();
      const outcomes = [];
      for (const item of list) {
        const start = performance.now();
        const search = await siteSearch((term: string, options?: object) => pagefind.search(term, options), item.query);
        const results = await Promise.all(search.results.slice(0, 10).map((result: { data: () => Promise<{ url: string }> }) => result.data()));
        const latency = performance.now() - start;
        const top = results.map((data: { url: string }) => data.url);
        const rank = top.indexOf(`${base}codes/${item.expect}/`) + 1;
        outcomes.push({ ...item, rank, top: top.slice(0, 3), latency });
      }
      return outcomes;
    },
    // SEARCH_RANKING (JSON) tries other ranking options without a rebuild, for tuning.
    { base, list, ranking: process.env['SEARCH_RANKING'] ? JSON.parse(process.env['SEARCH_RANKING']) : searchRanking },
  );
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

export function summarize(outcomes: QueryOutcome[]) {
  const n = outcomes.length;
  // The first query pays for loading the WebAssembly and metadata; latency counts the rest.
  const latencies = outcomes.slice(1).map((outcome) => outcome.latency).sort((a, b) => a - b);
  return {
    queries: n,
    hitAt1: outcomes.filter((outcome) => outcome.rank === 1).length / n,
    hitAt3: outcomes.filter((outcome) => outcome.rank >= 1 && outcome.rank <= 3).length / n,
    mrr: outcomes.reduce((sum, outcome) => sum + (outcome.rank ? 1 / outcome.rank : 0), 0) / n,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
  };
}
