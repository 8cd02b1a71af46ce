import { describe, expect, it } from 'vitest';
import { mergeByPage, namedCode, queryWords, relaxedSearch } from '../../src/lib/relaxed-search';

/** A stand-in for Pagefind's search: every word must be on a page, as in Pagefind; a word matches as a prefix. */
function fakeIndex(pages: Record<string, string>) {
  const searched: string[] = [];
  const search = async (term: string) => {
    searched.push(term);
    const words = term.toLowerCase().split(/\s+/).filter(Boolean);
    const results = Object.entries(pages)
      .map(([id, text]) => {
        const pageWords = text.toLowerCase().split(/\W+/);
        const hits = words.map((word) => pageWords.filter((pageWord) => pageWord.startsWith(word)).length);
        return { id, score: hits.every((count) => count > 0) ? hits.reduce((sum, count) => sum + count, 0) : 0 };
      })
      .filter((result) => result.score > 0)
      .sort((a, b) => b.score - a.score);
    return { results };
  };
  return { search, searched };
}

const pages = {
  '/codes/401/': '401 Unauthorized: the request lacks valid authentication credentials',
  '/codes/403/': '403 Forbidden: the server understood the request but refuses it',
  '/codes/404/': '404 Not Found: no resource at this URL',
  '/codes/415/': '415 Unsupported Media Type: the content type is not supported',
};
const codeOf = async (result: { id: string }) => /\/codes\/(\d+)\//.exec(result.id)?.[1];

describe('queryWords', () => {
  it('drops question words and edge punctuation, keeps codes and constant names', () => {
    expect(queryWords('Why does my API return 415?')).toEqual(['api', '415']);
    expect(queryWords('Response::HTTP_GONE (410).')).toEqual(['response::http_gone', '410']);
  });
});

describe('namedCode', () => {
  it('finds one status code in the query, not parts of longer numbers', () => {
    expect(namedCode('Request failed with status code 404')).toBe('404');
    expect(namedCode('error: (500) Internal Server Error.')).toBe('500');
    expect(namedCode('body: 10485761 bytes')).toBeUndefined();
    expect(namedCode('401 or 403')).toBeUndefined();
  });
});

describe('mergeByPage', () => {
  it('sums the scores of a page found by several words and ranks by the sum', () => {
    const merged = mergeByPage([{ results: [{ id: 'a', score: 1 }, { id: 'b', score: 2 }] }, { results: [{ id: 'a', score: 3 }] }]);
    expect(merged).toEqual([{ id: 'a', score: 4 }, { id: 'b', score: 2 }]);
  });
});

describe('relaxedSearch', () => {
  it('keeps the result of a query that finds something, searching nothing more', async () => {
    const index = fakeIndex(pages);
    const found = await relaxedSearch(index.search, 'not found');
    expect(found.results.map((result) => result.id)).toEqual(['/codes/404/']);
    expect(index.searched).toEqual(['not found']);
  });

  it('searches the words one by one when the whole query finds nothing', async () => {
    const index = fakeIndex(pages);
    const found = await relaxedSearch(index.search, 'why does my client get unsupported content type');
    expect(index.searched).toContain('unsupported');
    expect(found.results[0]!.id).toBe('/codes/415/');
  });

  it('retries a long word that finds nothing by its first letters', async () => {
    const index = fakeIndex(pages);
    const found = await relaxedSearch(index.search, 'server refusess credentialz');
    expect(found.results.map((result) => result.id)).toContain('/codes/401/');
  });

  it('puts the page of a code the query names first', async () => {
    const index = fakeIndex(pages);
    const found = await relaxedSearch(index.search, 'the request failed with status code 403', codeOf);
    expect(found.results[0]!.id).toBe('/codes/403/');
  });

  it('returns an empty result for a single word that finds nothing', async () => {
    const index = fakeIndex(pages);
    expect((await relaxedSearch(index.search, 'teapot')).results).toEqual([]);
    expect(index.searched).toEqual(['teapot']);
  });
});
