import { describe, expect, it } from 'vitest';
import { joinHeaders, joinKeywords, joinNames, splitHeaders, splitKeywords, splitNames } from '../../src/lib/search-meta';

describe('list-valued meta fields', () => {
  it('reads back the names written, a name with a comma whole', () => {
    const names = ['Request Entity Too Large', 'Payload Too Large', 'Cloudflare (logs), edge'];
    expect(joinNames(names)).toBe('Request Entity Too Large; Payload Too Large; Cloudflare (logs), edge');
    expect(splitNames(joinNames(names))).toEqual(names);
    expect(splitNames(undefined)).toEqual([]);
  });

  it('reads back the keywords written, as readers see them', () => {
    const keywords = ['rate limit', 'throttled'];
    expect(joinKeywords(keywords)).toBe('rate limit · throttled');
    expect(splitKeywords(joinKeywords(keywords))).toEqual(keywords);
    expect(splitKeywords(undefined)).toEqual([]);
  });

  it('reads back the header fields written, lowercase', () => {
    expect(joinHeaders(['Retry-After', 'Allow'])).toBe('Retry-After Allow');
    expect(splitHeaders(joinHeaders(['Retry-After', 'Allow']))).toEqual(['retry-after', 'allow']);
    expect(splitHeaders(undefined)).toEqual([]);
  });
});
