// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), pagefind()],
  markdown: {
    // Examples are short HTTP exchanges: plain <pre> keeps pages small and free of inline styles.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
