import { describe, expect, it } from 'vitest';
import { firstFiles, pickIndex } from '../../src/lib/pagefind-entry';

const entry = {
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

  it('names the meta index and the WebAssembly Pagefind fetches first', () => {
    expect(firstFiles(entry, '/docs/pagefind/', 'en')).toEqual(['/docs/pagefind/pagefind.en_1.pf_meta', '/docs/pagefind/wasm.en.pagefind']);
    // Pagefind falls back to wasm.unknown.pagefind for a language it has no stemmer for.
    expect(firstFiles(entry, '/pagefind/', 'pt-BR')).toEqual(['/pagefind/pagefind.pt-br_3.pf_meta', '/pagefind/wasm.unknown.pagefind']);
    expect(firstFiles({}, '/pagefind/', 'en')).toEqual([]);
  });
});
