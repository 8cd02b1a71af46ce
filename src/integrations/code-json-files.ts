import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeRecord } from '../schemas/code-record';

/**
 * Writes /codes/<code>.json, one record of /codes.json each, after the build. Splitting the
 * index once is far cheaper than rendering an endpoint per code (docs/benchmarks.md).
 */
export function codeJsonFiles(): AstroIntegration {
  return {
    name: 'statuscodes:code-json-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Our own output of the same build; tests/e2e/link-contract.spec.ts validates its shape.
        const records = JSON.parse(await readFile(join(outDir, 'codes.json'), 'utf8')) as CodeRecord[];
        await Promise.all(records.map((record) => writeFile(join(outDir, 'codes', `${record.code}.json`), JSON.stringify(record))));
        logger.info(`wrote ${records.length} files codes/<code>.json`);
      },
    },
  };
}
