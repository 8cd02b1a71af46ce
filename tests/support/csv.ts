import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const registryDir = join(import.meta.dirname, '../../content/registry');

/** Parses RFC 4180 CSV with a header row into records keyed by column name. */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (char !== '\r') field += char;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  const [header = [], ...records] = rows;
  return records.map((record) => {
    if (record.length !== header.length) throw new Error(`CSV row has ${record.length} fields, expected ${header.length}: ${record.join(',')}`);
    return Object.fromEntries(header.map((name, index) => [name, record[index]!]));
  });
}

export function readRegistry(name: 'iana-status-codes.csv' | 'unofficial-status-codes.csv') {
  return parseCsv(readFileSync(join(registryDir, name), 'utf8'));
}
