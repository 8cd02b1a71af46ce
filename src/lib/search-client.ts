/**
 * What the search dialog loads besides Pagefind, as one module fetched on intent
 * (src/scripts/boot.js), built to /search-client.js by src/integrations/search-client.ts: the
 * word-by-word fallback and the warming of Pagefind's files. Kept out of the inline boot script,
 * which every page carries.
 */
export { install, siteSearch } from './relaxed-search';

interface PagefindEntry {
  languages?: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/** Pagefind's choice of index (findIndex in pagefind.js): the page's language, then its primary subtag, then the language with the most pages. */
export function pickIndex(entry: PagefindEntry, lang: string) {
  const languages = entry.languages ?? {};
  const wanted = lang.toLowerCase();
  return languages[wanted] ?? languages[wanted.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
}

/**
 * Fetches the meta index and the WebAssembly named by pagefind-entry.json into the HTTP cache
 * (both are cacheable), where Pagefind's own requests find them, finished or still arriving. Not
 * <link rel=preload>: Pagefind may ask for them first, and a preload nobody uses is a second download.
 */
export function warmIndex(entry: PagefindEntry, bundlePath: string, lang: string): Promise<unknown> {
  const index = pickIndex(entry, lang);
  if (!index) return Promise.resolve();
  const warm = (url: string) => fetch(url).then((response) => response.arrayBuffer());
  return Promise.all([warm(`${bundlePath}pagefind.${index.hash}.pf_meta`), warm(`${bundlePath}wasm.${index.wasm || 'unknown'}.pagefind`)]);
}
