import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { codeSchema } from './schemas/code';
import { entryIdFromFileName } from './lib/entry-id';

// The benchmark and the bad-content tests build the real site from another content folder.
const contentDir = process.env['CONTENT_DIR'] ?? './content';

const codes = defineCollection({
  loader: glob({
    pattern: '*.mdx',
    base: `${contentDir}/codes`,
    // The file name is the public identity of a code: a disagreeing `code` must fail the build.
    generateId: ({ entry, data }) => entryIdFromFileName(`${contentDir}/codes/${entry}`, data['code']),
  }),
  schema: codeSchema,
});

const classes = defineCollection({
  loader: glob({ pattern: '[1-5]xx.mdx', base: `${contentDir}/classes` }),
  schema: z.strictObject({
    /** One sentence for the class page's meta description, at most 160 characters. */
    summary: z.string().min(1).max(160),
  }),
});

export const collections = { codes, classes };
