import { describe, expect, it } from 'vitest';
import { crossEntryProblems, groupByClass, neighbourLookup } from '../../src/lib/code-index';

const entry = (code: number, status = 'standard', related: number[] = []) => ({
  filePath: `content/codes/${code}.mdx`,
  data: { code, status, related },
});

describe('code index', () => {
  it('groups by class with unofficial codes apart, in code order', () => {
    const groups = groupByClass([entry(499, 'unofficial'), entry(404), entry(400), entry(200)]);
    const fourxx = groups.find((group) => group.statusClass.slug === '4xx')!;
    expect(fourxx.registered.map((e) => e.data.code)).toEqual([400, 404]);
    expect(fourxx.unofficial.map((e) => e.data.code)).toEqual([499]);
    expect(groups.map((group) => group.registered.length + group.unofficial.length)).toEqual([0, 1, 0, 3, 0]);
  });

  it('finds neighbours at the ends and in the middle', () => {
    const neighbours = neighbourLookup([entry(200), entry(404), entry(500)]);
    expect(neighbours(200).previous).toBeUndefined();
    expect(neighbours(404).previous?.data.code).toBe(200);
    expect(neighbours(404).next?.data.code).toBe(500);
    expect(() => neighbours(418)).toThrow(/418/);
  });

  it('reports duplicate codes and related codes without a page, naming file and field', () => {
    const problems = crossEntryProblems([entry(404, 'standard', [410]), { ...entry(404), filePath: 'content/codes/other.mdx' }]);
    expect(problems).toEqual([
      'content/codes/other.mdx: field "code": 404 is also the code of content/codes/404.mdx; expected each code once',
      'content/codes/404.mdx: field "related": 410 has no page; expected a code from content/codes/',
    ]);
  });
});
