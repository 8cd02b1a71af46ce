import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { codeSchema, summaryText } from './schemas/code';
import { topicSchema } from './schemas/topic';
import { clientBehaviourSchema, clientSchema, constantSchema, ecosystemSchema, grpcFromHttpSchema, grpcToHttpSchema } from './schemas/registry';
import { registryLoader } from './lib/registry-loader';
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

/**
 * The loader of a folder whose entries are named by their file: the id stays the file name, as by
 * default, and a file without readable frontmatter fails by name.
 */
function fileNamedLoader(folder: string, pattern: string) {
  return glob({
    pattern,
    base: `${contentDir}/${folder}`,
    generateId: ({ entry, data }) => {
      assertFrontmatter(`${contentDir}/${folder}/${entry}`, data);
      return entry.replace(/\.mdx$/, '');
    },
  });
}

const classes = defineCollection({
  loader: fileNamedLoader('classes', '[1-5]xx.mdx'),
  schema: z.strictObject({
    /** One sentence for the class page's meta description, at most 160 characters. */
    summary: summaryText,
  }),
});

/** Pages about what is not a status code but is read as one, such as the 0 or 000 of no response. */
const topics = defineCollection({ loader: fileNamedLoader('topics', '*.mdx'), schema: topicSchema });

/** A table of per-product facts in content/registry/, with a source on every row. */
const registryFile = (file: string) => registryLoader(`${contentDir}/registry/${file}`);

export const collections = {
  codes,
  classes,
  topics,
  ecosystems: defineCollection({ loader: registryFile('ecosystems.yaml'), schema: ecosystemSchema }),
  constants: defineCollection({ loader: registryFile('constants.csv'), schema: constantSchema }),
  clients: defineCollection({ loader: registryFile('clients.yaml'), schema: clientSchema }),
  clientBehaviour: defineCollection({ loader: registryFile('client-behaviour.csv'), schema: clientBehaviourSchema }),
  grpcToHttp: defineCollection({ loader: registryFile('grpc-to-http.csv'), schema: grpcToHttpSchema }),
  grpcFromHttp: defineCollection({ loader: registryFile('grpc-from-http.csv'), schema: grpcFromHttpSchema }),
};
