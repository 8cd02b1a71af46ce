import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packLexicon, type SearchLexicon } from '../lib/search-lexicon';

/** The files the search dialog and the relevance suite load next to pagefind/, at the site's base. */
export const searchClientFile = 'search-client.js';
export const searchStylesFile = 'search.css';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Writes src/scripts/search-client.ts as one minified ES module, with the site's lexicon built in
 * (src/lib/built-lexicon.ts), and src/styles/search.css minified, for the browser.
 */
export async function writeSearchClient(outDir: string, lexicon: SearchLexicon): Promise<void> {
  const options = { bundle: true, minify: true, target: 'es2022', logLevel: 'warning' } as const;
  await Promise.all([
    build({ ...options, entryPoints: [source('../scripts/search-client.ts')], outfile: join(outDir, searchClientFile), format: 'esm', define: { SEARCH_LEXICON: JSON.stringify(packLexicon(lexicon)) } }),
    build({ ...options, entryPoints: [source('../styles/search.css')], outfile: join(outDir, searchStylesFile) }),
  ]);
}
