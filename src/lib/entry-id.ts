import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { codeExpectation } from '../schemas/code';

/**
 * The id of a code entry: its file name, which must equal its `code` field. Each message names
 * the file, the field and what was expected. Since a code's file is always `<code>.mdx`, two
 * entries with the same code can only meet here: the second one is not named after its code.
 */
export function entryIdFromFileName(filePath: string, code: unknown, fileExists: (path: string) => boolean = existsSync): string {
  const id = basename(filePath).replace(/\.mdx$/, '');
  if (typeof code !== 'number' || !Number.isInteger(code) || code < 100 || code > 599) {
    const got = code === undefined ? 'is missing' : `is ${JSON.stringify(code)}`;
    const named = /^[1-5]\d\d$/.test(id) ? `, here ${id} as in the file name` : '';
    throw new Error(`${filePath}: field "code" ${got}; expected ${codeExpectation}${named}`);
  }
  if (String(code) !== id) {
    const twin = join(dirname(filePath), `${code}.mdx`);
    if (fileExists(twin)) {
      throw new Error(
        `${filePath}: field "code" is ${code}, the same code as ${twin}; expected each code in one file only, the one named after it`,
      );
    }
    throw new Error(
      `${filePath}: field "code" is ${code} but the file is named ${basename(filePath)}; expected the file name and "code" to agree (${code}.mdx)`,
    );
  }
  return id;
}

/**
 * What is wrong with the frontmatter of an entry's source, or undefined when it is well formed.
 * Astro reads a file whose frontmatter is never closed as a file without frontmatter, so
 * without this check the build would only complain about missing fields.
 */
export function frontmatterProblem(source: string): string | undefined {
  const lines = source.replace(/^\uFEFF/, '').replace(/^\s*\n/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return 'frontmatter is missing; expected the file to start with a "---" line, the fields, then a closing "---" line';
  }
  if (!lines.slice(1).some((line) => line.trim() === '---')) {
    return 'frontmatter is not closed; expected a closing "---" line after the last field';
  }
  return undefined;
}

/**
 * Fails with the file name when an entry came out of Astro's parser without any field, which
 * happens when its frontmatter is missing or unterminated. Reads the file only in that case.
 */
export function assertFrontmatter(filePath: string, data: Record<string, unknown>, read: (path: string) => string = (path) => readFileSync(path, 'utf8')): void {
  if (Object.keys(data).length > 0) return;
  let source: string;
  try {
    source = read(filePath);
  } catch {
    return; // unreadable here (another working directory): the field checks still name the file
  }
  const problem = frontmatterProblem(source);
  if (problem) throw new Error(`${filePath}: ${problem}`);
}
