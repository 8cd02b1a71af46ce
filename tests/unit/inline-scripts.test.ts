import { describe, expect, it } from 'vitest';
import { inlineScript, inlineScriptHashes, scriptHash } from '../../src/lib/inline-scripts';

describe('inline scripts', () => {
  it('minifies each script and hashes exactly the inlined text', () => {
    const boot = inlineScript('boot');
    expect(boot).not.toContain('\n  ');
    expect(boot).toContain('localStorage');
    expect(inlineScriptHashes()).toContain(scriptHash(boot));
  });

  it('computes the CSP hash browsers expect', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });
});
