import { close, createIndex, type PagefindIndex } from 'pagefind';

/**
 * A Pagefind index (Pagefind's Node API runs it in a process of its own) that takes pages while
 * Astro renders them, so that parsing them overlaps rendering and only writing the index is
 * left for after the build.
 */
export interface PageIndexer {
  /** Queues a rendered HTML page; `url` is its path inside the site, without the base. */
  addPage(url: string, html: string): void;
  /** Waits for every queued page, writes the index to outDir/pagefind and stops Pagefind. */
  write(outDir: string): Promise<{ pageCount: number; writeSeconds: number }>;
}

export async function startPageIndexer(): Promise<PageIndexer> {
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  if (!index) {
    await close();
    throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  }
  const added: Promise<string[]>[] = [];
  return {
    addPage(url, html) {
      added.push(addPage(index, url, html));
    },
    async write(outDir) {
      const started = performance.now();
      try {
        const failures = (await Promise.all(added)).flat();
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

/** Adds one page; resolves to its errors, each naming the page, so that one bad page doesn't hide the others. */
async function addPage(index: PagefindIndex, url: string, html: string): Promise<string[]> {
  try {
    const { errors } = await index.addHTMLFile({ url, content: html });
    return errors.map((error) => `${url}: ${error}`);
  } catch (error) {
    return [`${url}: ${String(error)}`];
  }
}
