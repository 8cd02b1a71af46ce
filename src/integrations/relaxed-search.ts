import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file the search dialog and the relevance suite load next to pagefind/, at the site's base. */
export const relaxedSearchFile = 'relaxed-search.js';

/** Writes src/lib/relaxed-search.ts as one minified ES module for the browser. */
export async function writeRelaxedSearch(outDir: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('../lib/relaxed-search.ts', import.meta.url))],
    outfile: join(outDir, relaxedSearchFile),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
  });
}
