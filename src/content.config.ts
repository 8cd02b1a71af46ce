import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { codeSchema, summaryText } from './schemas/code';
import { assertFrontmatter, entryIdFromFileName } from './lib/entry-id';

// The benchmark and the bad-content tests build the real site from another content folder.
const contentDir = process.env['CONTENT_DIR'] ?? './content';

/**
 * The loader of the code entries. `entryId` turns a file and its `code` field into the entry's
 * id, or fails naming both; a content config with other code numbers passes its own.
 */
export function codesLoader(entryId: (filePath: string, code: unknown) => string = entryIdFromFileName) {
  return glob({
    pattern: '*.mdx',
    base: `${contentDir}/codes`,
    // The file name is the public identity of a code: a disagreeing `code` must fail the build.
    generateId: ({ entry, data }) => {
      const filePath = `${contentDir}/codes/${entry}`;
      assertFrontmatter(filePath, data);
      return entryId(filePath, data['code']);
    },
  });
}

const codes = defineCollection({ loader: codesLoader(), schema: codeSchema });

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
