import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { collectLinks, describeBrokenLink, findBrokenLinks, type BrokenLink, type BuiltPage } from '../lib/link-check';

/** How many pages are read at once: enough to keep the disk busy, few enough for any file limit. */
const batchSize = 64;

/** Reads every built page under outDir and returns the internal links that reach nothing. */
export async function checkBuiltSite(outDir: string, base: string): Promise<{ pages: BuiltPage[]; broken: BrokenLink[] }> {
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const htmlFiles = files.filter((file) => file.endsWith('.html'));
  const pages: BuiltPage[] = [];
  for (let start = 0; start < htmlFiles.length; start += batchSize) {
    const batch = htmlFiles.slice(start, start + batchSize);
    pages.push(...(await Promise.all(batch.map(async (file) => ({ file, ...collectLinks(await readFile(join(outDir, file), 'utf8')) })))));
  }
  return { pages, broken: findBrokenLinks(pages, new Set(files), base) };
}

/**
 * Throws when a built page links inside the site to a page or anchor that does not exist,
 * naming the content file the page comes from; returns how many pages were checked.
 */
export async function assertInternalLinks(outDir: string, base: string): Promise<number> {
  const { pages, broken } = await checkBuiltSite(outDir, base);
  if (broken.length > 0) {
    // The same folder src/content.config.ts reads, so that messages name the file to edit.
    const contentDir = process.env['CONTENT_DIR'] ?? './content';
    const shownOutDir = outDir.startsWith(process.cwd() + sep) ? relative(process.cwd(), outDir) : outDir;
    const lines = broken.map((link) => describeBrokenLink(link, { base, contentDir, outDir: shownOutDir }));
    throw new Error(`Broken internal links (${broken.length}):\n${lines.join('\n')}`);
  }
  return pages.length;
}
