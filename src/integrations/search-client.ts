import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The files the search dialog and the relevance suite load next to pagefind/, at the site's base. */
export const searchClientFile = 'search-client.js';
export const searchStylesFile = 'search.css';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Writes src/scripts/search-client.ts as one minified ES module, and src/styles/search.css minified, for the browser. */
export async function writeSearchClient(outDir: string): Promise<void> {
  const options = { bundle: true, minify: true, target: 'es2022', logLevel: 'warning' } as const;
  await Promise.all([
    build({ ...options, entryPoints: [source('../scripts/search-client.ts')], outfile: join(outDir, searchClientFile), format: 'esm' }),
    build({ ...options, entryPoints: [source('../styles/search.css')], outfile: join(outDir, searchStylesFile) }),
  ]);
}
