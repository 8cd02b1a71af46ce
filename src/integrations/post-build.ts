import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeCodeJsonFiles } from './code-json-files';
import { assertInternalLinks } from './internal-links';
import { indexSite } from './pagefind';

/**
 * What runs on the built site, so that `astro build` alone gives the whole site: the per-code
 * JSON files, the internal-link check (which fails the build) and the Pagefind index.
 * Pagefind works in a process of its own, so it indexes while this one checks and writes.
 */
export function postBuild(): AstroIntegration {
  let base = '/';
  return {
    name: 'statuscodes:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const indexing = indexSite(outDir);
        try {
          logger.info(`wrote ${await writeCodeJsonFiles(outDir)} files codes/<code>.json`);
          logger.info(`every internal link on ${await assertInternalLinks(outDir, base)} pages reaches a page and anchor`);
        } catch (error) {
          // Let Pagefind finish and shut down; the check's error is the one to report.
          await indexing.catch(() => undefined);
          throw error;
        }
        const { pageCount, seconds } = await indexing;
        // `npm run bench` (tests/bench/run.ts) reads the duration from this line.
        logger.info(`Pagefind indexed ${pageCount} pages in ${seconds.toFixed(2)} s`);
      },
    },
  };
}
