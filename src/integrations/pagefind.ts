import { close, createIndex } from 'pagefind';

/** Indexes the built site in outDir with Pagefind's Node API (a process of its own) into outDir/pagefind. */
export async function indexSite(outDir: string): Promise<{ pageCount: number; seconds: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const indexed = await index.addDirectory({ path: outDir });
    if (indexed.errors.length > 0) throw new Error(`Pagefind indexing failed: ${indexed.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pageCount: indexed.page_count, seconds: (performance.now() - started) / 1000 };
  } finally {
    await close();
  }
}
