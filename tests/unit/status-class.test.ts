import { describe, expect, it } from 'vitest';
import { findStatusClass, getStatusClass } from '../../src/lib/status-class';

describe('getStatusClass', () => {
  it.each([
    [100, '1xx'],
    [226, '2xx'],
    [308, '3xx'],
    [499, '4xx'],
    [599, '5xx'],
  ])('puts %i in %s', (code, slug) => {
    expect(getStatusClass(code).slug).toBe(slug);
  });

  it.each([99, 600, 404.5, Number.NaN])('rejects %s', (code) => {
    expect(() => getStatusClass(code)).toThrow(RangeError);
  });
});

describe('findStatusClass', () => {
  it('finds a class by slug and nothing else', () => {
    expect(findStatusClass('4xx')?.name).toBe('Client Error');
    expect(findStatusClass('6xx')).toBeUndefined();
  });
});
