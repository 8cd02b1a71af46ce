import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { codeSchema, summaryText } from './schemas/code';
import { assertFrontmatter, entryIdFromFileName } from './lib/entry-id';
import { syntheticCodeRange } from './lib/status-class';

// The benchmark and the bad-content tests build the real site from another content folder.
const contentDir = process.env['CONTENT_DIR'] ?? './content';

// Benchmarks only: ALLOW_SYNTHETIC_CODES=1 lets `npm run bench` (tests/bench/run.ts) number its
// up to 10,000 synthetic entries 10000–59999, as there are only 500 codes 100–599; getStatusClass
// gives them the class of their first digit. Without the variable the schema is codeSchema itself
// and every id goes through entryIdFromFileName, as before.
const allowSyntheticCodes = process.env['ALLOW_SYNTHETIC_CODES'] === '1';
const syntheticCode = z.number().int().min(syntheticCodeRange.min).max(syntheticCodeRange.max);
const codeEntrySchema = allowSyntheticCodes ? codeSchema.safeExtend({ code: z.union([codeSchema.shape.code, syntheticCode]) }) : codeSchema;
const codeEntryId = (filePath: string, code: unknown) =>
  allowSyntheticCodes && syntheticCode.safeParse(code).success && filePath.endsWith(`/${code}.mdx`) ? String(code) : entryIdFromFileName(filePath, code);

const codes = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: `${contentDir}/codes`,
    // The file name is the public identity of a code: a disagreeing `code` must fail the build.
    generateId: ({ entry, data }) => {
      const filePath = `${contentDir}/codes/${entry}`;
      assertFrontmatter(filePath, data);
      return codeEntryId(filePath, data['code']);
    },
  }),
  schema: codeEntrySchema,
});

const classes = defineCollection({
  loader: glob({
    pattern: '[1-5]xx.mdx',
    base: `${contentDir}/classes`,
    // The id stays the file name, as by default; a file without readable frontmatter fails by name.
    generateId: ({ entry, data }) => {
      assertFrontmatter(`${contentDir}/classes/${entry}`, data);
      return entry.replace(/\.mdx$/, '');
    },
  }),
  schema: z.strictObject({
    /** One sentence for the class page's meta description, at most 160 characters. */
    summary: summaryText,
  }),
});

export const collections = { codes, classes };
