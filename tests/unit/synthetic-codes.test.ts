/**
 * ALLOW_SYNTHETIC_CODES=1 widens the codes collection for `npm run bench` only: without it the
 * collection's schema and getStatusClass reject everything outside 100–599, as before.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ZodType } from 'astro/zod';
import { validEntry } from '../support/valid-entry';

// astro:content is a virtual module of Astro's Vite plugin; the config only needs defineCollection.
// The glob loader is replaced by its options, so that the test can call generateId.
vi.mock('astro:content', () => ({ defineCollection: (collection: unknown) => collection }));
vi.mock('astro/loaders', () => ({ glob: (options: unknown) => options }));

type GenerateId = (options: { entry: string; data: Record<string, unknown> }) => string;

const { code: _code, ...valid } = validEntry;

/** The codes collection's schema and getStatusClass as a build with this environment sees them. */
async function load(allowSynthetic: string | undefined) {
  vi.resetModules();
  vi.stubEnv('ALLOW_SYNTHETIC_CODES', allowSynthetic);
  const { collections } = await import('../../src/content.config');
  const { getStatusClass } = await import('../../src/lib/status-class');
  const { schema, loader } = collections.codes as unknown as { schema: ZodType; loader: { generateId: GenerateId } };
  const codeIssues = (code: unknown) =>
    (schema.safeParse({ ...valid, code }).error?.issues ?? []).filter((issue) => issue.path.join('.') === 'code');
  const entryId = (entry: string, code: unknown) => loader.generateId({ entry, data: { ...valid, code } });
  return { schema, codeIssues, entryId, getStatusClass };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('codes collection without ALLOW_SYNTHETIC_CODES', () => {
  it.each([undefined, '', '0'])('rejects 999 and 12345 and accepts 404 when the variable is %j', async (value) => {
    const { codeIssues, entryId, getStatusClass } = await load(value);
    expect(codeIssues(404)).toEqual([]);
    expect(codeIssues(999)).not.toEqual([]);
    expect(codeIssues(12345)).not.toEqual([]);
    expect(entryId('404.mdx', 404)).toBe('404');
    expect(() => entryId('12345.mdx', 12345)).toThrow('12345.mdx: field "code"');
    expect(() => getStatusClass(12345)).toThrow(RangeError);
  });
});

describe('codes collection with ALLOW_SYNTHETIC_CODES=1', () => {
  it('accepts synthetic codes 10000–59999 and gives them the class of their first digit', async () => {
    const { codeIssues, entryId, getStatusClass } = await load('1');
    expect(codeIssues(10000)).toEqual([]);
    expect(codeIssues(59999)).toEqual([]);
    expect(entryId('43210.mdx', 43210)).toBe('43210');
    expect(() => entryId('43210.mdx', 43211)).toThrow('43210.mdx: field "code"');
    expect(getStatusClass(10000).slug).toBe('1xx');
    expect(getStatusClass(43210).slug).toBe('4xx');
    expect(getStatusClass(59999).slug).toBe('5xx');
  });

  it('still accepts real codes and rejects 999, 60000 and fractions', async () => {
    const { codeIssues, getStatusClass } = await load('1');
    expect(codeIssues(404)).toEqual([]);
    expect(codeIssues(999)).not.toEqual([]);
    expect(codeIssues(60000)).not.toEqual([]);
    expect(codeIssues(12345.5)).not.toEqual([]);
    expect(() => getStatusClass(999)).toThrow(RangeError);
    expect(() => getStatusClass(60000)).toThrow(RangeError);
  });

  it('keeps the rest of the schema: unknown fields and a missing spec still fail', async () => {
    const { schema } = await load('1');
    const paths = (input: object) => schema.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(paths({ ...valid, code: 12345, colour: 'red' })).toContain('');
    expect(paths({ ...valid, code: 12345, spec: [] })).toContain('spec');
  });
});
