import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export const registryDir = join(import.meta.dirname, '../../content/registry');

export type RegistryFile = 'iana-status-codes.csv' | 'unofficial-status-codes.csv' | 'header-rules.csv';

/**
 * Reads one of the CSV files in content/registry/ (RFC 4180, header row) into records keyed by
 * column name. A row with the wrong number of fields fails with the file and the line.
 */
export function readRegistry(name: RegistryFile, dir = registryDir): Record<string, string>[] {
  const file = join(dir, name);
  try {
    return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}
