// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { postBuild } from './src/integrations/post-build.ts';
import { inlineScriptHashes } from './src/lib/inline-scripts.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { sourcesFootnotes, sourcesSection } from './src/lib/sources-section.ts';

// Where the site is served, set at build time: SITE_URL=https://example.com BASE_PATH=/docs/http/
// SITE_URL makes canonical links, the sitemap and codes.json urls absolute.
const site = process.env.SITE_URL || undefined;
// Production builds should set it; REQUIRE_SITE_URL=1 (CI deploys) turns the warning into an error.
// Only `astro build` warns: check, preview and dev load this file too.
if (!site && process.argv.includes('build')) {
  const why = 'SITE_URL is not set: canonical links, the sitemap, Open Graph and codes.json urls need the public origin (SITE_URL=https://example.com)';
  if (process.env.REQUIRE_SITE_URL === '1') throw new Error(`${why}; the build requires it (REQUIRE_SITE_URL=1).`);
  console.warn(`Warning: ${why}; without it they are relative or missing.`);
}
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
  build: { concurrency: 8 },
  trailingSlash: 'ignore',
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/fragments/') }), postBuild()],
  security: {
    // Astro hashes what it emits and writes a per-page <meta> policy; frame-ancestors and the
    // other header-only rules are in public/_headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        // Pagefind compiles its WebAssembly search core in the browser.
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: inlineScriptHashes(fileURLToPath(new URL('./', import.meta.url))),
      },
    },
  },
  markdown: {
    // Examples are short HTTP exchanges: plain <pre> keeps pages small and free of inline styles.
    syntaxHighlight: false,
    // `[^label]` footnotes cite a page's sources; they render as its numbered "Sources" list (#sources).
    processor: satteri({ hastPlugins: [sourcesSection], features: { gfm: { footnotes: sourcesFootnotes } } }),
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
