import { describe, expect, it } from 'vitest';
import { getStatusClass } from '../../src/lib/status-class';

describe('getStatusClass', () => {
  it.each([
    [100, '1xx'],
    [226, '2xx'],
    [308, '3xx'],
    [499, '4xx'],
    [599, '5xx'],
    [43210, '4xx'],
  ])('puts %i in %s', (code, slug) => {
    expect(getStatusClass(code).slug).toBe(slug);
  });

  it.each([99, 600, 999, 60000, 404.5, Number.NaN])('rejects %s', (code) => {
    expect(() => getStatusClass(code)).toThrow(RangeError);
  });
});
