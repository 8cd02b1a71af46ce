import { describe, expect, it } from 'vitest';
import { formatRanges, unassignedRanges } from '../../src/lib/unassigned';
import { readRegistry } from '../support/csv';

const registered = readRegistry('iana-status-codes.csv').map((row) => Number(row['code']));

describe('unassignedRanges', () => {
  const ranges = unassignedRanges(registered);

  it('gives the gaps of the registry within each class', () => {
    expect(ranges).toContainEqual([452, 499]);
    expect(ranges).toContainEqual([227, 299]);
    expect(ranges).toContainEqual([512, 599]);
    expect(ranges).toContainEqual([209, 225]);
  });

  it('covers every number 100–599 that is not registered, and no registered one', () => {
    const covered = new Set(ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, index) => from + index)));
    for (let code = 100; code <= 599; code++) expect(covered.has(code), String(code)).toBe(!registered.includes(code));
  });

  it('never joins two classes', () => {
    expect(ranges.filter(([from, to]) => Math.floor(from / 100) !== Math.floor(to / 100))).toEqual([]);
  });

  it('formats single numbers alone and ranges with a hyphen', () => {
    expect(formatRanges([[427, 427], [452, 499]])).toBe('427,452-499');
  });
});
