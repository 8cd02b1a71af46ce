import { close, createIndex, type PagefindIndex } from 'pagefind';
import { indexLanguage } from '../lib/pagefind-entry';

/**
 * A Pagefind index (Pagefind's Node API runs it in a process of its own) that takes pages while
 * Astro renders them, so that parsing them overlaps rendering and only writing the index is
 * left for after the build.
 */
export interface PageIndexer {
  /** Queues a rendered HTML page; `url` is its path inside the site, without the base. */
  addPage(url: string, html: string): void;
  /** The meta fields Pagefind read from each page, in the order the pages were added, once all are indexed. */
  pageMetas(): Promise<Record<string, string>[]>;
  /** Waits for every queued page, writes the index to outDir/pagefind and stops Pagefind. */
  write(outDir: string): Promise<{ pageCount: number; writeSeconds: number }>;
}

export async function startPageIndexer(): Promise<PageIndexer> {
  const { index, errors } = await createIndex({ forceLanguage: indexLanguage });
  if (!index) {
    await close();
    throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  }
  const added: Promise<AddedPage>[] = [];
  return {
    addPage(url, html) {
      added.push(addPage(index, url, html));
    },
    async pageMetas() {
      return (await Promise.all(added)).flatMap((page) => (page.meta ? [page.meta] : []));
    },
    async write(outDir) {
      const started = performance.now();
      try {
        const failures = (await Promise.all(added)).flatMap((page) => page.errors);
        if (failures.length > 0) throw new Error(`Pagefind indexing failed:\n${failures.join('\n')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        return { pageCount: added.length, writeSeconds: (performance.now() - started) / 1000 };
      } finally {
        await close();
      }
    },
  };
}

interface AddedPage {
  /** Each names the page, so that one bad page doesn't hide the others. */
  errors: string[];
  meta?: Record<string, string>;
}

async function addPage(index: PagefindIndex, url: string, html: string): Promise<AddedPage> {
  try {
    const { errors, file } = await index.addHTMLFile({ url, content: html });
    return { errors: errors.map((error) => `${url}: ${error}`), meta: file?.meta };
  } catch (error) {
    return { errors: [`${url}: ${String(error)}`] };
  }
}
