import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages } from './built-pages.ts';

/** What a reader downloads for a code page: its HTML and the stylesheets it links, gzip level 6. */
export interface PageWeight {
  path: string;
  htmlGzip: number;
  cssGzip: number;
  stylesheets: string[];
}

/**
 * The budget a code page must stay within. It was 12 KB before pages cited their sources; the
 * numbered source lists (up to 20 entries) put the largest pages at about 14.5 KB, so the budget
 * is now the project's ceiling of 16 KB.
 */
export const codePageBudget = 16 * 1024;

const stylesheetsOf = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);

/** Weights of every /codes/<code>/ page in a built site; stylesheet hrefs are resolved against the base. */
export function codePageWeights(distDir: string, base = '/'): PageWeight[] {
  return builtPages(distDir)
    .filter(([path]) => /^\/codes\/\d+\/$/.test(path))
    .map(([path, file]) => {
      const html = readFileSync(file);
      const stylesheets = stylesheetsOf(html.toString());
      const cssGzip = stylesheets.reduce((sum, href) => sum + gzipSync(readFileSync(join(distDir, href.slice(base.length - 1)))).length, 0);
      return { path, htmlGzip: gzipSync(html).length, cssGzip, stylesheets };
    });
}
