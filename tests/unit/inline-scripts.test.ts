import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineScript, inlineScriptHashes, scriptHash } from '../../src/lib/inline-scripts';

describe('inline scripts', () => {
  it('minifies each script and hashes exactly the inlined text', () => {
    const boot = inlineScript('boot');
    expect(boot).not.toContain('\n  ');
    expect(boot).toContain('localStorage');
    expect(inlineScriptHashes()).toContain(scriptHash(boot));
  });

  it('inlines the build-time globals', () => {
    expect(inlineScript('boot')).not.toContain('__SEARCH_WASM__');
    expect(inlineScript('boot')).toContain('wasm.en.pagefind');
  });

  it('names the script when it does not parse', () => {
    const root = mkdtempSync(join(tmpdir(), 'inline-scripts-'));
    try {
      mkdirSync(join(root, 'src/scripts'), { recursive: true });
      writeFileSync(join(root, 'src/scripts/boot.js'), 'document.addEventListener("click", () => {');
      expect(() => inlineScript('boot', root)).toThrow('src/scripts/boot.js:1:');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('computes the CSP hash browsers expect', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});
