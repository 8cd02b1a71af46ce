/**
 * The search index is the same on every build. Pagefind names its files by content hash and
 * deploys cache them as immutable (README, "Deploy"), so an index that changed between two
 * builds of the same content would make every reader download it again. Pages reach Pagefind
 * while Astro renders them, several at a time (src/integrations/rendered-pages.ts), which is
 * what could make the order, and so the index, vary.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { build, makeProject, projectRoot, removeProject } from './project';

/** Code, class and topic pages are searchable; the home, search and linking pages are not. */
const searchablePages = ['codes', 'classes', 'topics'].reduce((count, folder) => count + readdirSync(join(projectRoot, 'content', folder)).length, 0);

it('writes the same search index on every build, with one entry per code, class and topic page', async () => {
  const project = makeProject();
  const indexFiles = () => readdirSync(join(project.root, 'dist', 'pagefind'), { recursive: true, encoding: 'utf8' }).sort();
  try {
    const first = await build(project);
    expect(first.exitCode, first.output.slice(-3000)).toBe(0);
    const firstFiles = indexFiles();
    const second = await build(project);
    expect(second.exitCode, second.output.slice(-3000)).toBe(0);
    expect(indexFiles()).toEqual(firstFiles);
    expect(firstFiles.filter((file) => file.startsWith('fragment/'))).toHaveLength(searchablePages);
  } finally {
    removeProject(project);
  }
});
