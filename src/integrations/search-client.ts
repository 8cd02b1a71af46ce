import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file the search dialog and the relevance suite load next to pagefind/, at the site's base. */
export const searchClientFile = 'search-client.js';

/** Writes src/lib/search-client.ts as one minified ES module for the browser. */
export async function writeSearchClient(outDir: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('../lib/search-client.ts', import.meta.url))],
    outfile: join(outDir, searchClientFile),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    logLevel: 'warning',
  });
}
