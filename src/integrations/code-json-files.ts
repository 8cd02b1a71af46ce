import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CodeRecord } from '../schemas/code-record';

/**
 * Writes /codes/<code>.json, one record of /codes.json each, after the build. Splitting the
 * index once is far cheaper than rendering an endpoint per code (docs/benchmarks.md).
 */
export async function writeCodeJsonFiles(outDir: string): Promise<number> {
  // Our own output of the same build; tests/e2e/link-contract.spec.ts validates its shape.
  const records = JSON.parse(await readFile(join(outDir, 'codes.json'), 'utf8')) as CodeRecord[];
  await Promise.all(records.map((record) => writeFile(join(outDir, 'codes', `${record.code}.json`), JSON.stringify(record))));
  return records.length;
}
