import { describe, expect, it } from 'vitest';
import { historyLinks } from '../../src/lib/constants';
import { grpcMappingLookup } from '../../src/lib/grpc';
import { numberSources, sourceLabel } from '../../src/lib/source-list';

describe('numberSources', () => {
  it('numbers each URL once, in order of first use, and refuses one it was not given', () => {
    const { sources, numberOf } = numberSources(['https://a.example/', 'https://b.example/', 'https://a.example/']);
    expect(sources).toEqual(['https://a.example/', 'https://b.example/']);
    expect(numberOf('https://b.example/')).toBe(2);
    expect(() => numberOf('https://c.example/')).toThrow(/was not numbered/);
  });
});

describe('sourceLabel', () => {
  it('names a GitHub file by repository, path, lines and a short commit', () => {
    expect(sourceLabel('https://github.com/grpc/grpc/blob/9c3f79deb70460750421f3dd75c2ed6a9af91ca3/doc/http-grpc-status-mapping.md#L16')).toBe(
      'grpc/grpc doc/http-grpc-status-mapping.md, line 16 (9c3f79deb7)',
    );
    expect(sourceLabel('https://github.com/curl/curl/blob/curl-8_21_0/lib/http.c#L10-L20')).toBe('curl/curl lib/http.c, lines 10–20 (curl-8_21_0)');
  });

  it('names other pages by host and path', () => {
    expect(sourceLabel('https://fetch.spec.whatwg.org/#http-redirect-fetch')).toBe('fetch.spec.whatwg.org#http-redirect-fetch');
  });
});

describe('historyLinks', () => {
  const name = { name: 'HttpStatus.PAYLOAD_TOO_LARGE', member: 'PAYLOAD_TOO_LARGE', since: '4.1.0', deprecated: '7.0.0' };

  it('links each version to its own source when there is one per version', () => {
    expect(historyLinks({ ...name, sources: ['https://s.example/1', 'https://s.example/2'] })).toEqual([
      { text: 'since 4.1.0', source: 'https://s.example/1' },
      { text: 'deprecated in 7.0.0', source: 'https://s.example/2' },
    ]);
  });

  it('links all versions to one source when the row gives one', () => {
    expect(historyLinks({ ...name, sources: ['https://s.example/1'] })).toEqual([{ text: 'since 4.1.0, deprecated in 7.0.0', source: 'https://s.example/1' }]);
  });

  it('gives nothing for a name there from the start', () => {
    expect(historyLinks({ name: 'HTTPStatus.OK', member: 'OK' })).toEqual([]);
  });
});

describe('grpcMappingLookup', () => {
  const row = { id: 'x', position: 0, source: 'https://s.example/' };
  const lookup = grpcMappingLookup(
    [
      { ...row, grpc: 'NOT_FOUND', number: 5, http: 404 },
      { ...row, grpc: 'ALREADY_EXISTS', number: 6, http: 409 },
    ],
    [
      { ...row, http: 404, grpc: 'UNIMPLEMENTED' },
      { ...row, http: 'other', grpc: 'UNKNOWN' },
    ],
  );

  it('gives both directions for a code either table names, the catch-all where only one does', () => {
    expect(lookup(404)).toMatchObject({ toThisCode: [{ grpc: 'NOT_FOUND' }], fromThisCode: { grpc: 'UNIMPLEMENTED', catchAll: false } });
    expect(lookup(409)).toMatchObject({ toThisCode: [{ grpc: 'ALREADY_EXISTS' }], fromThisCode: { grpc: 'UNKNOWN', catchAll: true } });
    expect(lookup(418)).toBeUndefined();
  });

  it('fails without the row for all other codes', () => {
    expect(() => grpcMappingLookup([], [{ ...row, http: 404, grpc: 'UNIMPLEMENTED' }])).toThrow(/no row for "other"/);
  });
});
