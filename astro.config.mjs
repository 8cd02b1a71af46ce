// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefind } from './src/integrations/pagefind.ts';

// Where the site is served, set at build time: SITE_URL=https://example.com BASE_PATH=/docs/http/
// SITE_URL makes canonical links, the sitemap and codes.json urls absolute.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';
// Other builds (sub-path tests, bad-content tests, benchmarks) use their own output and cache
// folders so that they can run beside the main build.
const outDir = process.env.OUT_DIR || './dist';
const cacheDir = process.env.CACHE_DIR || './node_modules/.astro';

export default defineConfig({
  ...(site && { site }),
  base,
  outDir,
  cacheDir,
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx(), sitemap(), pagefind()],
  markdown: {
    // Examples are short HTTP exchanges: plain <pre> keeps pages small and free of inline styles.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
