import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from '../lib/urls';
import { writeCodeJsonFiles } from './code-json-files';
import { assertInternalLinks } from './internal-links';
import { startPageIndexer, type PageIndexer } from './pagefind';
import { observeHtmlPages } from './rendered-pages';
import { searchClientFile, searchStylesFile, writeSearchClient } from './search-client';
import { indexLanguage, wasmFile } from '../lib/pagefind-entry';
import { searchLexicon } from '../lib/search-lexicon';

/**
 * What runs on the built site, so that `astro build` alone gives the whole site: the Pagefind
 * index, the per-code JSON files, the search dialog's client module and the internal-link check (which
 * fails the build).
 * Pagefind runs in a process of its own and is handed each page as Astro renders it, so it
 * parses pages on the other core while this one renders; after the build it only writes the
 * index, while this process checks links and writes the JSON files.
 */
export function postBuild(): AstroIntegration {
  let base = '/';
  let indexer: PageIndexer | undefined;
  return {
    name: 'statuscodes:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        const pages = await startPageIndexer();
        indexer = pages;
        // Pagefind's URLs are relative to the site root; its client adds the base back.
        setPrerenderer((prerenderer) => observeHtmlPages(prerenderer, (pathname, html) => pages.addPage(pathname.slice(base.length - 1), html)));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer) throw new Error('Pagefind was not started: the astro:build:start hook did not run');
        const outDir = fileURLToPath(dir);
        const indexing = indexer.write(outDir);
        try {
          logger.info(`wrote ${await writeCodeJsonFiles(outDir)} files codes/<code>.json`);
          await writeSearchClient(outDir, searchLexicon(await indexer.pageMetas()));
          logger.info(`wrote ${searchClientFile} and ${searchStylesFile}`);
          logger.info(`every internal link on ${await assertInternalLinks(outDir, base)} pages reaches a page and anchor`);
        } catch (error) {
          // Let Pagefind finish and shut down; the check's error is the one to report.
          await indexing.catch(() => undefined);
          throw error;
        }
        const { pageCount, writeSeconds } = await indexing;
        // The boot script fetches the WebAssembly by this name before Pagefind asks for it.
        const wasm = join(outDir, 'pagefind', wasmFile(indexLanguage));
        if (!existsSync(wasm)) throw new Error(`Pagefind wrote no ${wasm}: src/lib/pagefind-entry.ts (wasmFile) names Pagefind's WebAssembly otherwise than this Pagefind does`);
        // `npm run bench` (tests/bench/run.ts) reads the duration from this line.
        logger.info(`Pagefind indexed ${pageCount} pages; writing the index took ${writeSeconds.toFixed(2)} s`);
      },
    },
  };
}
