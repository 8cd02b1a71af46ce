/**
 * The search index is the same on every build. Pagefind names its files by content hash and
 * deploys cache them as immutable (README, "Deploy"), so an index that changed between two
 * builds of the same content would make every reader download it again. Pages reach Pagefind
 * while Astro renders them, several at a time (src/integrations/rendered-pages.ts), which is
 * what could make the order, and so the index, vary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { build, makeProject, projectRoot, removeProject } from './project';

/**
 * Searchable: code, class and topic pages, a page per ecosystem (/in/…) and per client
 * (/clients/…) of content/registry/, and /grpc/. The home, search and linking pages are not.
 */
const entriesIn = (folder: string) => readdirSync(join(projectRoot, 'content', folder)).length;
const rowsOf = (file: string) => (parse(readFileSync(join(projectRoot, 'content', 'registry', file), 'utf8')) as unknown[]).length;
const searchablePages = entriesIn('codes') + entriesIn('classes') + entriesIn('topics') + rowsOf('ecosystems.yaml') + rowsOf('clients.yaml') + 1;

it('writes the same search index on every build, with one entry per searchable page', async () => {
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
