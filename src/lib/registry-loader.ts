import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';

/**
 * Reads a table file of content/registry/ into rows, each with its position in the file (Astro
 * hands entries back sorted by id) and an id: a YAML entry's own, or for a CSV row the file and
 * line, e.g. "content/registry/constants.csv:12", so that a schema error points at the row.
 * CSV has a header row and empty cells are left out (an optional field); YAML is a list of maps.
 * Unreadable text fails with the file and line, where Astro's own file() loader would log the
 * error and build on with an empty collection.
 */
export function parseRegistryTable(path: string, text: string): Record<string, unknown>[] {
  if (path.endsWith('.csv')) {
    const records: { record: Record<string, string>; info: { lines: number } }[] = parseCsv(text, {
      columns: true,
      skip_empty_lines: true,
      info: true,
    });
    return records.map(({ record, info }, position) => ({
      id: `${path}:${info.lines}`,
      position,
      ...Object.fromEntries(Object.entries(record).filter(([, cell]) => cell !== '')),
    }));
  }
  const list: unknown = parseYaml(text);
  if (!Array.isArray(list)) throw new Error('expected a YAML list of entries');
  return list.map((item: unknown, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error(`entry ${index + 1}: expected a map of fields`);
    return { ...(item as Record<string, unknown>), position: index };
  });
}

/** An Astro loader for one file of content/registry/, rows validated by the collection's schema. */
export function registryLoader(path: string): Loader {
  return {
    name: 'registry-table',
    load: async ({ store, parseData }) => {
      let rows: Record<string, unknown>[];
      try {
        rows = parseRegistryTable(path, await readFile(path, 'utf8'));
      } catch (error) {
        throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
      }
      if (rows.length === 0) throw new Error(`${path}: no rows; expected at least one`);
      store.clear();
      for (const row of rows) {
        const id = String(row['id']);
        if (store.has(id)) throw new Error(`${path}: id "${id}" appears twice; expected each id once`);
        store.set({ id, data: await parseData({ id, data: row, filePath: path }) });
      }
    },
  };
}
