import { basename } from 'node:path';

/** The id of a code entry: its file name, which must equal its `code` field. */
export function entryIdFromFileName(filePath: string, code: unknown): string {
  const id = basename(filePath).replace(/\.mdx$/, '');
  if (String(code) !== id) {
    throw new Error(`${filePath}: field "code" is ${JSON.stringify(code)}; expected ${id} to match the file name`);
  }
  return id;
}
