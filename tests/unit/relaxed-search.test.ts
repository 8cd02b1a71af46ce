import { describe, expect, it } from 'vitest';
import {
  correctSpelling,
  demote,
  exactMatch,
  favourRequiredField,
  headerLineField,
  longestContained,
  mergeByPage,
  namedCode,
  searchedWordLimit,
  namesVendor,
  queryWords,
  relaxedSearch,
  type SearchOptions,
} from '../../src/lib/relaxed-search';
import { unofficialWeight } from '../../src/lib/search-options';

/**
 * A stand-in for Pagefind's search: every word must be on a page, as in Pagefind, words split at
 * any punctuation; a word matches as a prefix, or whole in a quoted search. The `status` filter "unofficial" keeps the pages listed
 * as unofficial. `searched` lists the unfiltered searches, `filtered` the others.
 */
function fakeIndex(pages: Record<string, string>, unofficial: readonly string[] = []) {
  const searched: string[] = [];
  const filtered: string[] = [];
  const search = async (term: string, options?: SearchOptions) => {
    const status = options?.filters?.['status'];
    (status ? filtered : searched).push(term);
    const quoted = /^".*"$/.test(term);
    const words = term.toLowerCase().split(/\W+/).filter(Boolean);
    const results = Object.entries(pages)
      .map(([id, text]) => {
        const pageWords = text.toLowerCase().split(/\W+/);
        const hits = words.map((word) => pageWords.filter((pageWord) => (quoted ? pageWord === word : pageWord.startsWith(word))).length);
        return { id, score: hits.every((count) => count > 0) ? hits.reduce((sum, count) => sum + count, 0) : 0 };
      })
      .filter((result) => result.score > 0 && (status !== 'unofficial' || unofficial.includes(result.id)))
      .sort((a, b) => b.score - a.score);
    return { results };
  };
  return { search, searched, filtered };
}

const pages = {
  '/codes/401/': '401 Unauthorized: the request lacks valid authentication credentials',
  '/codes/403/': '403 Forbidden: the server understood the request but refuses it',
  '/codes/404/': '404 Not Found: no resource at this URL',
  '/codes/415/': '415 Unsupported Media Type: the content type is not supported',
};
/** Meta fields of the fake pages: the code in the id, and the header fields listed for it. */
function metaFor(headers: Record<string, string> = {}) {
  return async (result: { id: string }) => ({ code: /\/codes\/(\d+)\//.exec(result.id)?.[1], headers: headers[result.id] });
}
const noLexicon = { vocabulary: [], vendors: [], headers: [] };

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

  it('takes a number followed by a unit for a quantity, not a code', () => {
    expect(namedCode('timeout after 100 seconds')).toBeUndefined();
    expect(namedCode('upload limit 100 MB')).toBeUndefined();
    expect(namedCode('300ms latency')).toBeUndefined();
    expect(namedCode('disk 100% full')).toBeUndefined();
    expect(namedCode('413 request entity too large')).toBe('413');
    expect(namedCode('HTTP/1.1 503 Service Unavailable after 120 s')).toBe('503');
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

  it('searches no more than the first words of a long pasted message one by one', async () => {
    const index = fakeIndex(pages);
    const words = Array.from({ length: searchedWordLimit + 5 }, (_, n) => `frame${n}`);
    await relaxedSearch(index.search, ['unsupported', ...words].join(' '));
    expect(index.searched).toContain('unsupported');
    expect(index.searched).toContain(`frame${searchedWordLimit - 2}`);
    expect(index.searched).not.toContain(`frame${searchedWordLimit - 1}`);
  });

  it('searches a misspelt word as the vocabulary word it is one edit from', async () => {
    const index = fakeIndex(pages);
    const found = await relaxedSearch(index.search, 'page not fuond', { lexicon: { ...noLexicon, vocabulary: ['found', 'forbidden'] } });
    expect(index.searched).toContain('page not found');
    expect(found.results[0]!.id).toBe('/codes/404/');
  });

  it('puts the page of a code the query names first', async () => {
    const index = fakeIndex(pages);
    const found = await relaxedSearch(index.search, 'the request failed with status code 403', { metaOf: metaFor() });
    expect(found.results[0]!.id).toBe('/codes/403/');
  });

  const timeouts = {
    '/codes/504/': '504 Gateway Timeout: a timeout occurred upstream, the upstream did not answer in time',
    '/codes/524/': '524 A Timeout Occurred: Cloudflare timed out waiting for the origin, a timeout timeout',
    '/codes/408/': '408 Request Timeout',
  };
  const lexicon = { ...noLexicon, vendors: ['cloudflare'] };

  it('ranks an unofficial code after registered ones for generic words, word by word too', async () => {
    const index = fakeIndex(timeouts, ['/codes/524/']);
    expect((await index.search('timeout')).results.map((result) => result.id)).toEqual(['/codes/524/', '/codes/504/', '/codes/408/']);
    const found = await relaxedSearch(index.search, 'timeout', { lexicon });
    expect(found.results.map((result) => result.id)).toEqual(['/codes/504/', '/codes/408/', '/codes/524/']);
    expect(found.results[2]!.score).toBeCloseTo(3 * unofficialWeight);
    expect(index.filtered).toEqual(['timeout']);
    const byWord = await relaxedSearch(index.search, 'upstream timeout waiting', { lexicon });
    expect(byWord.results.map((result) => result.id)).toEqual(['/codes/504/', '/codes/524/', '/codes/408/']);
    expect(index.filtered).toEqual(['timeout', 'upstream timeout waiting', 'upstream', 'timeout', 'waiting']);
  });

  it('leaves unofficial codes where they rank when the query names a code or a vendor', async () => {
    for (const term of ['cloudflare timeout', 'timeout 524']) {
      const index = fakeIndex(timeouts, ['/codes/524/']);
      expect((await relaxedSearch(index.search, term, { lexicon })).results[0]!.id, term).toBe('/codes/524/');
      expect(index.filtered, term).toEqual([]);
    }
  });

  it('puts first a page the query names exactly, though unofficial', async () => {
    const index = fakeIndex(timeouts, ['/codes/524/']);
    const metaOf = async (result: { id: string }) => ({ title: timeouts[result.id as keyof typeof timeouts].split(':')[0] });
    const found = await relaxedSearch(index.search, 'A timeout occurred', { lexicon, metaOf });
    expect(found.results.map((result) => result.id)).toEqual(['/codes/524/', '/codes/504/']);
    expect((await relaxedSearch(index.search, 'timeout', { lexicon, metaOf })).results[0]!.id).toBe('/codes/504/');
  });

  it('re-ranks a header line by the pages whose rules require its field, fewer fields first', async () => {
    const ranges = {
      '/codes/206/': '206 Partial Content: a Content-Range for each part, bytes, bytes, bytes',
      '/codes/416/': '416 Range Not Satisfiable: Content-Range bytes */length, bytes',
      '/codes/200/': '200 OK: a Content-Range here is ignored, bytes',
      '/codes/426/': '426 Upgrade Required: send Upgrade, an upgrade',
      '/codes/101/': '101 Switching Protocols: Upgrade to h2c',
    };
    const metaOf = metaFor({
      '/codes/206/': 'Content-Range Content-Type Date Cache-Control ETag Expires Vary Last-Modified',
      '/codes/416/': 'Content-Range Range',
      '/codes/426/': 'Upgrade',
    });
    const lexicon = { ...noLexicon, headers: ['content-range', 'upgrade'] };
    const index = fakeIndex(ranges);
    expect((await relaxedSearch(index.search, 'Content-Range: bytes */1234', { metaOf })).results[0]!.id).toBe('/codes/206/');
    const found = await relaxedSearch(index.search, 'Content-Range: bytes */1234', { metaOf, lexicon });
    expect(found.results.map((result) => result.id)).toEqual(['/codes/416/', '/codes/206/', '/codes/200/']);
    // A page the line does not find stays out, however well its field ranks it.
    expect((await relaxedSearch(index.search, 'Upgrade: h2c', { metaOf, lexicon })).results.map((result) => result.id)).toEqual(['/codes/101/']);
  });

  it('returns an empty result for a single word that finds nothing', async () => {
    const index = fakeIndex(pages);
    expect((await relaxedSearch(index.search, 'teapot')).results).toEqual([]);
    expect(index.searched).toEqual(['teapot']);
  });
});

describe('correctSpelling', () => {
  const vocabulary = ['unauthorized', 'forbidden', 'found', 'unsupported', 'media'];

  it('replaces a word no page holds by the nearest vocabulary word, keeping the rest as typed', async () => {
    const index = fakeIndex(pages);
    expect(await correctSpelling(index.search, 'Forbiden: page not fund (403)', vocabulary)).toBe('forbidden: page not found (403)');
    expect(index.searched).toEqual(['"forbiden"', '"fund"']);
  });

  it('keeps a word some page holds whole, though it is near a vocabulary word and only a prefix of it', async () => {
    const index = fakeIndex({ ...pages, '/codes/400/': 'the media of the request' });
    expect(await correctSpelling(index.search, 'medi found', vocabulary)).toBe('media found');
    expect(await correctSpelling(index.search, 'the media', ['medic'])).toBe('the media');
  });

  it('asks nothing about vocabulary words, stop words, short words, words with no near match, or parts of longer tokens', async () => {
    const index = fakeIndex(pages);
    const term = 'unsupported media when fnd teapotting HTTP_FUND StatusForbiden';
    expect(await correctSpelling(index.search, term, vocabulary)).toBe(term);
    expect(index.searched).toEqual([]);
  });
});

describe('namesVendor', () => {
  it('tells a vendor brand among the words, whole', () => {
    const vendors = ['nginx', 'aws'];
    expect(namesVendor('nginx upstream timed out', vendors)).toBe(true);
    expect(namesVendor('AWS load balancer', vendors)).toBe(true);
    expect(namesVendor('laws of http', vendors)).toBe(false);
  });
});

describe('demote', () => {
  it('multiplies the scores of the pages given and sorts again', () => {
    const results = [{ id: 'a', score: 10 }, { id: 'b', score: 6 }, { id: 'c', score: 1 }];
    expect(demote(results, new Set(['a']), 0.5)).toEqual([{ id: 'b', score: 6 }, { id: 'a', score: 5 }, { id: 'c', score: 1 }]);
    expect(demote(results, new Set(), 0.5)).toEqual(results);
  });
});

describe('headerLineField', () => {
  const headers = ['allow', 'content-range', 'link'];

  it('names the field of a header line the site knows, lowercase', () => {
    expect(headerLineField('Allow: GET, HEAD', headers)).toBe('allow');
    expect(headerLineField('  content-range :bytes */1234', headers)).toBe('content-range');
    expect(headerLineField('Link:', headers)).toBe('link');
  });

  it('names nothing for an unknown field, a constant name or a field without its colon', () => {
    expect(headerLineField('TypeError: Failed to fetch', headers)).toBeUndefined();
    expect(headerLineField('Allow::GET', headers)).toBeUndefined();
    expect(headerLineField('Allow header', headers)).toBeUndefined();
    expect(headerLineField('x Allow: GET', headers)).toBeUndefined();
  });
});

describe('favourRequiredField', () => {
  it("adds the field's score divided by the number of fields required, to pages that require it", async () => {
    const search = async () => ({ results: [{ id: 'a', score: 8 }, { id: 'b', score: 6 }, { id: 'c', score: 4 }] });
    const headers: Record<string, string> = { a: 'Allow Date Vary ETag', b: 'Allow', c: 'Date' };
    const results = [{ id: 'a', score: 5 }, { id: 'b', score: 1 }, { id: 'c', score: 3 }, { id: 'd', score: 2 }];
    const favoured = await favourRequiredField(search, 'allow', results, async (result) => ({ headers: headers[result.id] }));
    expect(favoured).toEqual([{ id: 'a', score: 7 }, { id: 'b', score: 7 }, { id: 'c', score: 3 }, { id: 'd', score: 2 }]);
  });
});

describe('exactMatch', () => {
  const names: Record<string, Record<string, string>> = {
    '/codes/431/': { title: '431 Request Header Fields Too Large', keywords: 'cookie too large · request header too large' },
    '/codes/494/': { title: '494 Request Header Too Large' },
    '/codes/413/': { title: '413 Content Too Large', aliases: 'Payload Too Large; Request Entity Too Large', keywords: 'upload too large' },
    '/codes/414/': { title: '414 URI Too Long' },
    '/codes/4xx/': { title: '4xx Client Error', classname: 'Client Error; Client Error responses; 4xx codes' },
  };
  const metaOf = async (result: { id: string }) => names[result.id] ?? {};
  const results = ['/codes/431/', '/codes/494/', '/codes/413/', '/codes/414/'].map((id, index) => ({ id, score: 10 - index }));

  it('finds a page among the first three named exactly by the query, by title or alias, case and punctuation aside', async () => {
    expect((await exactMatch('request-entity too large!', results, metaOf))?.id).toBe('/codes/413/');
    const classes = [{ id: '/codes/400/', score: 2 }, { id: '/codes/4xx/', score: 1 }];
    expect((await exactMatch('Client Error', classes, metaOf))?.id).toBe('/codes/4xx/');
    expect((await exactMatch('4xx codes', classes, metaOf))?.id).toBe('/codes/4xx/');
  });

  it('prefers a name to a keyword, and takes a keyword when no name matches', async () => {
    expect((await exactMatch('Request header too large', results, metaOf))?.id).toBe('/codes/494/');
    expect((await exactMatch('upload too large', results, metaOf))?.id).toBe('/codes/413/');
  });

  it('finds none when no name is the whole query, or when the named page ranks below the first three', async () => {
    expect(await exactMatch('header too large', results, metaOf)).toBeUndefined();
    expect(await exactMatch('URI Too Long', results, metaOf)).toBeUndefined();
  });

  describe('a name or keyword the query holds among other words', () => {
    const auth: Record<string, Record<string, string>> = {
      '/codes/407/': { title: '407 Proxy Authentication Required', keywords: 'proxy login' },
      '/codes/511/': { title: '511 Network Authentication Required' },
      '/codes/401/': { title: '401 Unauthorized', keywords: 'Unauthorized · authentication required · Bearer token expired' },
      '/codes/403/': { title: '403 Forbidden', keywords: 'access denied' },
    };
    const authMeta = async (result: { id: string }) => auth[result.id] ?? {};
    const ranked = (...ids: string[]) => ids.map((id, index) => ({ id, score: 10 - index }));

    it('puts first the page among the first three with the longest name or keyword all of whose words are in the query', async () => {
      const found = await exactMatch('Full authentication is required to access this resource', ranked('/codes/407/', '/codes/511/', '/codes/401/'), authMeta);
      expect(found?.id).toBe('/codes/401/');
      // "access denied" (403) is two words too, but 401 ranks higher.
      expect((await exactMatch('access denied: authentication required', ranked('/codes/401/', '/codes/403/'), authMeta))?.id).toBe('/codes/401/');
      expect((await exactMatch('access denied: authentication required', ranked('/codes/403/', '/codes/401/'), authMeta))?.id).toBe('/codes/403/');
      // "bearer token expired" (three words) beats "access denied".
      expect((await exactMatch('access denied, bearer token expired', ranked('/codes/403/', '/codes/401/'), authMeta))?.id).toBe('/codes/401/');
    });

    it('ignores one-word names and keywords, and pages below the first three', async () => {
      expect(await exactMatch('why am I unauthorized here', ranked('/codes/407/', '/codes/401/'), authMeta)).toBeUndefined();
      expect(await exactMatch('authentication required for this resource', ranked('/codes/407/', '/codes/511/', '/codes/403/', '/codes/401/'), authMeta)).toBeUndefined();
    });

    it('still prefers an exact name or keyword', async () => {
      // 511's name is the query; 401's keyword "authentication required" is within it.
      expect((await exactMatch('Network Authentication Required', ranked('/codes/401/', '/codes/511/'), authMeta))?.id).toBe('/codes/511/');
    });
  });
});

describe('longestContained', () => {
  const asked = new Set(queryWords('Full authentication is required to access this resource'));

  it('counts the words worth searching of the longest name whose words are all in the query', () => {
    expect(longestContained(asked, ['proxy authentication required', 'authentication required', 'required'])).toBe(2);
    expect(longestContained(asked, ['access to the resource is required', 'authentication required'])).toBe(3);
  });

  it('is 0 when no name is wholly in the query', () => {
    expect(longestContained(asked, ['proxy authentication required', 'access denied'])).toBe(0);
    expect(longestContained(asked, [])).toBe(0);
    expect(longestContained(asked, ['is this'])).toBe(0);
  });
});
