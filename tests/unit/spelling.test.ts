import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance, nearestWord } from '../../src/lib/spelling';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions one each', () => {
    expect(editDistance('forbidden', 'forbidden', 2)).toBe(0);
    expect(editDistance('forbiden', 'forbidden', 2)).toBe(1);
    expect(editDistance('gateway', 'gatway', 2)).toBe(1);
    expect(editDistance('fund', 'fond', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('', 'abc', 5)).toBe(3);
  });

  it('counts a swap of two adjacent letters as one edit', () => {
    expect(editDistance('requets', 'request', 2)).toBe(1);
    expect(editDistance('confilct', 'conflict', 2)).toBe(1);
    expect(editDistance('premanent', 'permanent', 2)).toBe(1);
  });

  it('edits no letter twice (optimal string alignment): "ca" to "abc" is three edits, not two', () => {
    expect(editDistance('ca', 'abc', 5)).toBe(3);
  });

  it('says max + 1 for anything farther than max', () => {
    expect(editDistance('timeout', 'timeouts', 0)).toBe(1);
    expect(editDistance('abcdef', 'ab', 2)).toBe(3);
    expect(editDistance('payment', 'content', 2)).toBe(3);
  });
});

describe('allowedEdits', () => {
  it('allows one edit below eight letters, two from eight up', () => {
    expect(allowedEdits('gatway')).toBe(1);
    expect(allowedEdits('interal')).toBe(1);
    expect(allowedEdits('confilct')).toBe(2);
  });
});

describe('nearestWord', () => {
  const vocabulary = ['request', 'found', 'forbidden', 'gateway', 'fond', 'internal'];

  it('finds the nearest vocabulary word within the allowed edits', () => {
    expect(nearestWord('forbiden', vocabulary)).toBe('forbidden');
    expect(nearestWord('interal', vocabulary)).toBe('internal');
    expect(nearestWord('gatway', vocabulary)).toBe('gateway');
  });

  it('prefers a nearer word to an earlier one', () => {
    expect(nearestWord('fond', ['found', 'fond'])).toBe('fond');
  });

  it('breaks a tie by the order of the vocabulary', () => {
    expect(nearestWord('fund', vocabulary)).toBe('found');
    expect(nearestWord('fund', ['fond', 'found'])).toBe('fond');
  });

  it('finds nothing farther than the allowed edits', () => {
    expect(nearestWord('gtwy', vocabulary)).toBeUndefined();
    expect(nearestWord('furbuddan', vocabulary)).toBeUndefined();
    expect(nearestWord('frobiddne', vocabulary)).toBe('forbidden');
  });
});
