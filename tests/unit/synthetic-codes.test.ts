/**
 * The scale benchmark numbers its entries 10000–59999 with its own content config
 * (tests/bench/content.config.ts); the site's config, which reads no benchmark setting, keeps
 * rejecting everything outside 100–599.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ZodType } from 'astro/zod';
import { getStatusClass } from '../../src/lib/status-class';
import { validEntry } from '../support/valid-entry';

// astro:content is a virtual module of Astro's Vite plugin; the configs only need defineCollection.
// The glob loader is replaced by its options, so that the test can call generateId.
vi.mock('astro:content', () => ({ defineCollection: (collection: unknown) => collection }));
vi.mock('astro/loaders', () => ({ glob: (options: unknown) => options }));

type GenerateId = (options: { entry: string; data: Record<string, unknown> }) => string;

const { code: _code, ...valid } = validEntry;

/** The codes collection of a content config: its schema's verdict on `code`, and its entry ids. */
async function codesOf(config: Promise<{ collections: Record<string, unknown> }>) {
  const { schema, loader } = (await config).collections['codes'] as { schema: ZodType; loader: { generateId: GenerateId } };
  const codeIssues = (code: unknown) => (schema.safeParse({ ...valid, code }).error?.issues ?? []).filter((issue) => issue.path.join('.') === 'code');
  const entryId = (entry: string, code: unknown) => loader.generateId({ entry, data: { ...valid, code } });
  return { schema, codeIssues, entryId };
}

describe("the site's codes collection", () => {
  it('rejects 999 and 12345 and accepts 404', async () => {
    const { codeIssues, entryId } = await codesOf(import('../../src/content.config'));
    expect(codeIssues(404)).toEqual([]);
    expect(codeIssues(999)).not.toEqual([]);
    expect(codeIssues(12345)).not.toEqual([]);
    expect(entryId('404.mdx', 404)).toBe('404');
    expect(() => entryId('12345.mdx', 12345)).toThrow('12345.mdx: field "code"');
  });
});

describe("the scale benchmark's codes collection", () => {
  it('accepts synthetic codes 10000–59999 named after their file, which take the class of their first digit', async () => {
    const { codeIssues, entryId } = await codesOf(import('../bench/content.config'));
    expect(codeIssues(10000)).toEqual([]);
    expect(codeIssues(59999)).toEqual([]);
    expect(entryId('43210.mdx', 43210)).toBe('43210');
    expect(() => entryId('43210.mdx', 43211)).toThrow('43210.mdx: field "code"');
    expect(() => entryId('404.mdx', 404)).toThrow('404.mdx: field "code"');
    expect(getStatusClass(10000).slug).toBe('1xx');
    expect(getStatusClass(43210).slug).toBe('4xx');
    expect(getStatusClass(59999).slug).toBe('5xx');
  });

  it('rejects 999, 60000 and fractions, and keeps the rest of the schema', async () => {
    const { schema, codeIssues } = await codesOf(import('../bench/content.config'));
    expect(codeIssues(999)).not.toEqual([]);
    expect(codeIssues(60000)).not.toEqual([]);
    expect(codeIssues(12345.5)).not.toEqual([]);
    const paths = (input: object) => schema.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];
    expect(paths({ ...valid, code: 12345, colour: 'red' })).toContain('');
    expect(paths({ ...valid, code: 12345, spec: [] })).toContain('spec');
  });
});
