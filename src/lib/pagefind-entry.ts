/**
 * Pagefind's files that the first search needs, named without waiting for Pagefind: the boot
 * script (src/scripts/boot.js) and the search client (src/scripts/search-client.ts) start their
 * downloads at once instead of in Pagefind's chain.
 */

/** The language every page is indexed in (src/integrations/pagefind.ts), whatever its lang attribute. */
export const indexLanguage = 'en';

/**
 * Pagefind's WebAssembly for an index language, by Pagefind's naming ("wasm.unknown.pagefind"
 * for a language without a stemmer). The build fails if the file is not there
 * (src/integrations/post-build.ts), so a Pagefind that names it otherwise is caught.
 */
export function wasmFile(language: string | undefined): string {
  return `wasm.${language || 'unknown'}.pagefind`;
}

export interface PagefindEntry {
  languages?: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/** Pagefind's choice of index (findIndex in pagefind.js): the page's language, then its primary subtag, then the language with the most pages. */
export function pickIndex(entry: PagefindEntry, lang: string) {
  const languages = entry.languages ?? {};
  const wanted = lang.toLowerCase();
  return languages[wanted] ?? languages[wanted.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
}

/** The meta index Pagefind loads first for the index of `lang`, named by its hash in pagefind-entry.json. */
export function metaFile(entry: PagefindEntry, bundlePath: string, lang: string): string | undefined {
  const index = pickIndex(entry, lang);
  return index && `${bundlePath}pagefind.${index.hash}.pf_meta`;
}
