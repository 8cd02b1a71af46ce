import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/** Indexes the built site with Pagefind's Node API, so `astro build` alone yields search. */
export function pagefind(): AstroIntegration {
  return {
    name: 'statuscodes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const indexed = await index.addDirectory({ path: outDir });
          if (indexed.errors.length > 0) throw new Error(`Pagefind indexing failed: ${indexed.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // `npm run bench` (tests/bench/run.ts) reads the duration from this line.
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`Pagefind indexed ${indexed.page_count} pages in ${seconds} s`);
        } finally {
          await close();
        }
      },
    },
  };
}
