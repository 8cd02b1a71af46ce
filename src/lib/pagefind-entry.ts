/**
 * What the search client (src/scripts/search-client.ts) reads from Pagefind's
 * pagefind-entry.json to start the downloads of the first search at once.
 */

export interface PagefindEntry {
  languages?: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/** Pagefind's choice of index (findIndex in pagefind.js): the page's language, then its primary subtag, then the language with the most pages. */
export function pickIndex(entry: PagefindEntry, lang: string) {
  const languages = entry.languages ?? {};
  const wanted = lang.toLowerCase();
  return languages[wanted] ?? languages[wanted.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
}

/** The meta index and the WebAssembly that Pagefind loads first for the index of `lang`. */
export function firstFiles(entry: PagefindEntry, bundlePath: string, lang: string): string[] {
  const index = pickIndex(entry, lang);
  if (!index) return [];
  return [`${bundlePath}pagefind.${index.hash}.pf_meta`, `${bundlePath}wasm.${index.wasm || 'unknown'}.pagefind`];
}
