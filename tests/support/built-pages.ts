import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const distDir = join(import.meta.dirname, '../../dist');

/**
 * Every HTML page of the built site, as [url path, file path]. Skips Pagefind's bundle and
 * /fragments/, which holds markup that pages fetch, not pages.
 */
export function builtPages(dir = distDir): [string, string][] {
  const pages: [string, string][] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!['pagefind', 'fragments'].includes(entry.name)) walk(path);
      } else if (entry.name.endsWith('.html')) {
        const url = `/${relative(dir, path).split(sep).join('/')}`.replace(/index\.html$/, '');
        pages.push([url, path]);
      }
    }
  };
  walk(dir);
  return pages.sort(([a], [b]) => a.localeCompare(b));
}

/** The text of every stylesheet of the built site: Astro's bundles and the search dialog's. */
export function builtStyles(dir = distDir): string {
  const astro = readdirSync(join(dir, '_astro')).filter((name) => name.endsWith('.css')).map((name) => join(dir, '_astro', name));
  return [...astro, join(dir, 'search.css')].map((file) => readFileSync(file, 'utf8')).join('\n');
}
