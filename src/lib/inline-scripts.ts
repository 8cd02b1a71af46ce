/**
 * The inline scripts the site writes itself (src/scripts/). Each is minified once per build;
 * the same text is inlined into pages and hashed into the Content Security Policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { indexLanguage, wasmFile } from './pagefind-entry';

export const inlineScriptNames = ['boot', 'not-found'] as const;
export type InlineScriptName = (typeof inlineScriptNames)[number];

/** Minified text by script path: the config and the layout ask for the same scripts. */
const minified = new Map<string, string>();

/** The minified source of src/scripts/<name>.js, relative to the project root. */
export function inlineScript(name: InlineScriptName, root = process.cwd()): string {
  const file = `src/scripts/${name}.js`;
  const path = join(root, file);
  let code = minified.get(path);
  if (code === undefined) {
    // Build-time values the scripts read as globals, inlined rather than fetched.
    const define = { __SEARCH_WASM__: JSON.stringify(wasmFile(indexLanguage)) };
    // sourcefile: a syntax error names the script, not "<stdin>".
    code = transformSync(readFileSync(path, 'utf8'), { minify: true, target: 'es2022', define, sourcefile: file }).code.trim();
    minified.set(path, code);
  }
  return code;
}

/** CSP source expression for a script's exact text, as browsers compute it. */
export function scriptHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

export function inlineScriptHashes(root = process.cwd()): `sha256-${string}`[] {
  return inlineScriptNames.map((name) => scriptHash(inlineScript(name, root)));
}
