/**
 * The inline scripts the site writes itself (src/scripts/). Each is minified once per build;
 * the same text is inlined into pages and hashed into the Content Security Policy.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { searchRanking } from './search-options';

export const inlineScriptNames = ['boot', 'not-found'] as const;
export type InlineScriptName = (typeof inlineScriptNames)[number];

const minified = new Map<InlineScriptName, string>();

/** The minified source of src/scripts/<name>.js, relative to the project root. */
export function inlineScript(name: InlineScriptName, root = process.cwd()): string {
  let code = minified.get(name);
  if (code === undefined) {
    const source = readFileSync(join(root, 'src/scripts', `${name}.js`), 'utf8');
    // Build-time values the scripts read as globals, inlined rather than shipped in each page.
    const define = { __SEARCH_RANKING__: JSON.stringify(searchRanking) };
    code = transformSync(source, { minify: true, target: 'es2022', define }).code.trim();
    minified.set(name, code);
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
