import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const codesDir = join(import.meta.dirname, '../../content/codes');

export interface EntryFile {
  fileName: string;
  frontmatter: unknown;
  body: string;
}

/** Reads every content/codes/*.mdx file the way the glob loader sees it: YAML frontmatter, then the body. */
export function readEntryFiles(dir = codesDir): EntryFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((fileName) => {
      const text = readFileSync(join(dir, fileName), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${fileName}: expected YAML frontmatter between two --- lines`);
      return { fileName, frontmatter: parseYaml(match[1]!), body: match[2]! };
    });
}
