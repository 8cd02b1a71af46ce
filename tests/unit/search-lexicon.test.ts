import { describe, expect, it } from 'vitest';
import { packLexicon, searchLexicon, unpackLexicon } from '../../src/lib/search-lexicon';

describe('searchLexicon', () => {
  const metas = [
    { code: '404', title: '404 Not Found', keywords: 'page missing' },
    { code: '405', headers: 'Allow' },
    { code: '416', headers: 'Content-Range Range' },
    { code: '302', title: '302 Found', aliases: 'Moved Temporarily' },
    { code: '413', title: '413 Content Too Large', aliases: 'Payload Too Large; Request Entity Too Large' },
    { title: '4xx Client Error', classname: 'Client Error; Client Error responses' },
    { code: '494', title: '494 Request Header Too Large', vendors: 'nginx' },
    { code: '460', title: '460 (no reason phrase)', aliases: 'Client Closed Connection Prematurely', vendors: 'AWS Elastic Load Balancing; Cloudflare (logs)' },
    { title: 'HTTP status codes in Python' },
  ];

  it('takes the words of the names of codes and classes, most frequent first, then alphabetical', () => {
    expect(searchLexicon(metas).vocabulary).toEqual([
      'client',
      'large',
      'error',
      'found',
      'request',
      'closed',
      'connection',
      'content',
      'entity',
      'header',
      'moved',
      'payload',
      'prematurely',
      'responses',
      'temporarily',
    ]);
  });

  it('takes the header fields codes require, lowercase, each once', () => {
    expect(searchLexicon(metas).headers).toEqual(['allow', 'content-range', 'range']);
  });

  it('takes the brands of the vendors of unofficial codes, and no note in parentheses as a name', () => {
    const { vendors, vocabulary } = searchLexicon(metas);
    expect(vendors).toEqual(['aws', 'cloudflare', 'nginx']);
    expect(vocabulary).not.toContain('reason');
  });

  it('leaves out keywords, pages about neither a code nor a class, numbers and words too short to correct', () => {
    const { vocabulary } = searchLexicon(metas);
    for (const word of ['page', 'python', '404', 'not', 'too']) expect(vocabulary).not.toContain(word);
  });

  it('packs to one string per list and back', () => {
    const lexicon = searchLexicon(metas);
    expect(packLexicon(lexicon).vocabulary).toBe(lexicon.vocabulary.join('|'));
    expect(unpackLexicon(packLexicon(lexicon))).toEqual(lexicon);
    expect(unpackLexicon({ vocabulary: '', vendors: '', headers: '' })).toEqual({ vocabulary: [], vendors: [], headers: [] });
    expect(() => packLexicon({ ...lexicon, vendors: ['a|b'] })).toThrow('"a|b" holds the separator');
  });
});
