import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegistry } from '../support/csv';

describe('readRegistry', () => {
  it('reads records keyed by the header row, quoted fields included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'registry-'));
    writeFileSync(join(dir, 'header-rules.csv'), 'a,b\n"x, y","say ""hi"""\n');
    expect(readRegistry('header-rules.csv', dir)).toEqual([{ a: 'x, y', b: 'say "hi"' }]);
  });

  it('rejects a row with the wrong number of fields, naming the file and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'registry-'));
    writeFileSync(join(dir, 'header-rules.csv'), 'a,b\n1,2\n1,2,3\n');
    expect(() => readRegistry('header-rules.csv', dir)).toThrow(/header-rules\.csv: .*line 3/);
  });
});
