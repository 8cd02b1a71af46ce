/**
 * The floor of the scale benchmark: a bare Astro + MDX project that renders the same entries,
 * one page each through getStaticPaths and render(), with a minimal template: no schema, no
 * Tailwind, no layout, no other pages, no Pagefind. It is written to a temporary folder and
 * borrows this project's node_modules through a symlink, so it builds with the same Astro.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const files: Record<string, string> = {
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.CACHE_DIR,
  output: 'static',
  integrations: [mdx()],
  // As the site: examples render as plain <pre>.
  markdown: { syntaxHighlight: false },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const codes = defineCollection({ loader: glob({ pattern: '*.mdx', base: \`\${process.env.CONTENT_DIR}/codes\` }) });

export const collections = { codes };
`,
  'src/components/Section.astro': `<section id={Astro.props.id}><slot /></section>
`,
  'src/components/CodeLink.astro': `<a href={\`/codes/\${Astro.props.code}/\`}>{Astro.props.code}</a>
`,
  'src/pages/codes/[code].astro': `---
import { getCollection, render } from 'astro:content';
import Section from '../../components/Section.astro';
import CodeLink from '../../components/CodeLink.astro';

export async function getStaticPaths() {
  const entries = await getCollection('codes');
  return entries.map((entry) => ({ params: { code: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.code} {entry.data.title}</title></head>
  <body>
    <h1>{entry.data.code} {entry.data.title}</h1>
    <p>{entry.data.summary}</p>
    <Content components={{ Section, CodeLink }} />
  </body>
</html>
`,
};

/** Writes the floor project into `dir` (which must not exist yet) and links `node_modules` there. */
export function writeFloorProject(dir: string, nodeModules: string): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
}
