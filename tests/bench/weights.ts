/**
 * The weight suite of `npm run bench`: builds the real site from content/ and prints what a
 * reader downloads for a code page (HTML and CSS, gzip), against the 16 KB budget.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { codePageBudget, codePageWeights } from '../support/page-weight.ts';
import type { SuiteContext } from './scale.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function runWeights(context: SuiteContext): void {
  const outDir = join(context.tmp, 'dist');
  execFileSync(join(context.root, 'node_modules/.bin/astro'), ['build'], {
    cwd: context.root,
    stdio: 'ignore',
    env: { ...process.env, OUT_DIR: outDir, CACHE_DIR: join(context.tmp, 'cache') },
  });
  const weights = codePageWeights(outDir).sort((a, b) => a.htmlGzip + a.cssGzip - (b.htmlGzip + b.cssGzip));
  const total = (index: number) => weights[index]!.htmlGzip + weights[index]!.cssGzip;
  const heaviest = weights.at(-1)!;
  context.print(`code pages     ${weights.length}, HTML + CSS gzip: min ${kb(total(0))}, median ${kb(total(weights.length >> 1))}, max ${kb(total(weights.length - 1))}`);
  context.print(`heaviest       ${heaviest.path}: HTML ${kb(heaviest.htmlGzip)} + CSS ${kb(heaviest.cssGzip)} (shared, cacheable)`);
  context.print(`budget         ${kb(codePageBudget)}: ${weights.filter((page) => page.htmlGzip + page.cssGzip > codePageBudget).length} pages over`);
}
