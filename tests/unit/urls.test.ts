import { describe, expect, it } from 'vitest';
import { absoluteUrl, classPath, codeJsonPath, codePath, helpLinkHeader, normalizeBase, searchPath, sitePath } from '../../src/lib/urls';

describe('URL helpers', () => {
  it('normalises the base to one leading and one trailing slash', () => {
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('docs/http')).toBe('/docs/http/');
    expect(normalizeBase('/docs/http/')).toBe('/docs/http/');
  });

  it('builds the contract paths at the root', () => {
    expect(codePath(404, '/')).toBe('/codes/404/');
    expect(classPath('4xx', '/')).toBe('/codes/4xx/');
    expect(sitePath('codes.json', '/')).toBe('/codes.json');
    expect(codeJsonPath(404, '/')).toBe('/codes/404.json');
  });

  it('builds the contract paths under a sub-path', () => {
    expect(codePath(429, '/docs/http')).toBe('/docs/http/codes/429/');
    expect(codeJsonPath(429, '/docs/http/')).toBe('/docs/http/codes/429.json');
    expect(searchPath('rate limit', '/docs/http/')).toBe('/docs/http/search/?q=rate%20limit');
  });

  it('makes absolute URLs only when a site is known', () => {
    expect(absoluteUrl('/codes/404/', 'https://example.com')).toBe('https://example.com/codes/404/');
    expect(absoluteUrl('/codes/404/', undefined)).toBe('/codes/404/');
  });

  it('writes a Link header with the help relation', () => {
    expect(helpLinkHeader('https://example.com/codes/429/')).toBe('Link: <https://example.com/codes/429/>; rel="help"');
  });
});
