import { describe, expect, it } from 'vitest';
import { metaFile, pickIndex, wasmFile, type PagefindEntry } from '../../src/lib/pagefind-entry';

const entry: PagefindEntry = {
  languages: {
    en: { hash: 'en_1', wasm: 'en', page_count: 120 },
    de: { hash: 'de_2', wasm: 'de', page_count: 3 },
    'pt-br': { hash: 'pt-br_3', page_count: 9 },
  },
};

describe('Pagefind entry', () => {
  it('picks the page language, then its primary subtag, then the largest index', () => {
    expect(pickIndex(entry, 'pt-BR')?.hash).toBe('pt-br_3');
    expect(pickIndex(entry, 'de-AT')?.hash).toBe('de_2');
    expect(pickIndex(entry, 'fr')?.hash).toBe('en_1');
    expect(pickIndex({}, 'en')).toBeUndefined();
  });

  it('names the meta index by the hash of the chosen index', () => {
    expect(metaFile(entry, '/docs/pagefind/', 'en')).toBe('/docs/pagefind/pagefind.en_1.pf_meta');
    expect(metaFile(entry, '/pagefind/', 'fr')).toBe('/pagefind/pagefind.en_1.pf_meta');
    expect(metaFile({}, '/pagefind/', 'en')).toBeUndefined();
  });

  it('names the WebAssembly as Pagefind does, "unknown" for a language without a stemmer', () => {
    expect(wasmFile('en')).toBe('wasm.en.pagefind');
    expect(wasmFile(entry.languages?.['pt-br']?.wasm)).toBe('wasm.unknown.pagefind');
  });
});
