/**
 * Synthetic content for the scale benchmark: N code entries built from the real ones, valid
 * against src/schemas/code.ts (tests/bench/content.config.ts allows their numbers), plus copies of
 * the real class pages.
 *
 * Entry i belongs to class d = 1 + i % 5 and is numbered d·10000 + ⌊i / 5⌋ (10000–59999: the
 * first digit is the class, as getStatusClass derives it). It copies the
 * frontmatter and the six `<Section>` blocks of a real entry of the same class, with about one
 * word in eight of five letters or more swapped for a made-up word of the same length, so that
 * pages keep the real size while the vocabulary grows with N, as it would with real prose.
 * `related` and every `<CodeLink>` point at synthetic codes that exist.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { stringify } from 'yaml';
import { codesDir, readEntryFiles } from '../support/entry-files.ts';

const classesDir = join(codesDir, '../classes');
const topicsDir = join(codesDir, '../topics');
const registryDir = join(codesDir, '../registry');

/** A small deterministic generator (mulberry32), so that every run writes the same content. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const consonants = 'bcdfghjklmnprstvwz';
const vowels = 'aeiou';

/** Made-up words: 3000 of each length, drawn with a skew so that some are common and most rare. */
const vocabulary = new Map<number, string[]>();
function madeUpWord(length: number, next: () => number): string {
  let words = vocabulary.get(length);
  if (!words) {
    const make = random(length * 7919);
    words = Array.from({ length: 3000 }, () =>
      Array.from({ length }, (_, index) => {
        const letters = index % 2 === 0 ? consonants : vowels;
        return letters[Math.floor(make() * letters.length)];
      }).join(''),
    );
    vocabulary.set(length, words);
  }
  return words[Math.floor(words.length * next() ** 2)]!;
}

/** Swaps about one word in eight of five letters or more, outside inline code, tags and link targets. */
function varyLine(line: string, next: () => number): string {
  return line.replace(/(`[^`]*`|<[^>]*>|\]\([^)]*\)|\{[^}]*\})|\b([a-z]{5,})\b/g, (match, kept: string | undefined, word: string | undefined) => {
    if (kept || !word || next() >= 1 / 8) return match;
    return madeUpWord(word.length, next);
  });
}

/** Varies prose lines, leaving fenced code, JSX lines such as `<Section id="…">` and blank lines as they are. */
function varyBody(body: string, next: () => number): string {
  let fenced = false;
  return body
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) fenced = !fenced;
      if (fenced || line.startsWith('```') || line.startsWith('<') || line.trim() === '') return line;
      return varyLine(line, next);
    })
    .join('\n');
}

interface RealEntry {
  code: number;
  frontmatter: Record<string, unknown>;
  body: string;
}

export interface SyntheticContent {
  /** The synthetic codes, in entry order. */
  codes: number[];
  /** Bytes of all code files written. */
  bytes: number;
}

/** The synthetic code of entry i. */
export function syntheticCode(index: number): number {
  return (1 + (index % 5)) * 10_000 + Math.floor(index / 5);
}

/**
 * Writes `count` synthetic entries to `<contentDir>/codes/` and the real class pages to
 * `<contentDir>/classes/`, with their `<CodeLink>`s pointed at synthetic codes of the same class.
 */
export function writeSyntheticContent(contentDir: string, count: number): SyntheticContent {
  if (count < 5 || count > 50_000) throw new RangeError(`cannot make ${count} synthetic entries: expected 5 to 50000`);
  const real: RealEntry[] = readEntryFiles().map((file) => {
    const frontmatter = file.frontmatter as Record<string, unknown>;
    return { code: frontmatter['code'] as number, frontmatter, body: file.body };
  });
  const realByClass = new Map<number, RealEntry[]>();
  for (const entry of real) {
    const digit = Math.floor(entry.code / 100);
    realByClass.set(digit, [...(realByClass.get(digit) ?? []), entry]);
  }
  const codes = Array.from({ length: count }, (_, index) => syntheticCode(index));
  const inClass = (digit: number) => Math.floor((count - digit) / 5) + 1; // entries i < count with i % 5 === digit - 1
  /** A synthetic code of the same class as the real code `realCode`, spread by `salt`. */
  const standIn = (realCode: number, salt: number) => {
    const digit = Math.floor(realCode / 100);
    return digit * 10_000 + ((realCode + salt) % inClass(digit));
  };

  mkdirSync(join(contentDir, 'codes'), { recursive: true });
  /** Copies the pages of a content folder, their code links pointed at synthetic codes of the same class. */
  const copyPages = (fromDir: string, folder: string) => {
    mkdirSync(join(contentDir, folder), { recursive: true });
    for (const name of readdirSync(fromDir).filter((file) => file.endsWith('.mdx'))) {
      const text = readFileSync(join(fromDir, name), 'utf8');
      writeFileSync(join(contentDir, folder, name), text.replace(/<CodeLink code=\{(\d+)\} \/>/g, (_, code: string) => `<CodeLink code={${standIn(Number(code), 0)}} />`));
    }
  };
  copyPages(classesDir, 'classes');
  // The topic pages (status 0) are built with every site.
  copyPages(topicsDir, 'topics');

  let bytes = 0;
  /** The synthetic codes made from each real code, for the registry tables. */
  const copiesOf = new Map<number, number[]>();
  codes.forEach((code, index) => {
    const digit = Math.floor(code / 10_000);
    const family = realByClass.get(digit)!;
    const template = family[Math.floor(index / 5) % family.length]!;
    copiesOf.set(template.code, [...(copiesOf.get(template.code) ?? []), code]);
    const next = random(code);
    const vary = (text: string) => varyLine(text, next);
    const source = template.frontmatter;
    const related = [
      ...new Set(((source['related'] as number[] | undefined) ?? []).map((realCode) => standIn(realCode, index)).filter((other) => other !== code)),
    ];
    const frontmatter: Record<string, unknown> = {
      ...source,
      code,
      title: `${source['title'] as string} ${madeUpWord(6, next)}`,
      summary: vary(source['summary'] as string),
      keywords: ((source['keywords'] as string[] | undefined) ?? []).map(vary),
      related,
    };
    if (Array.isArray(source['headers'])) {
      frontmatter['headers'] = (source['headers'] as { rule: string }[]).map((header) => ({ ...header, rule: vary(header.rule) }));
    }
    const body = varyBody(template.body, next).replace(/<CodeLink code=\{(\d+)\} \/>/g, (_, realCode: string) => `<CodeLink code={${standIn(Number(realCode), index)}} />`);
    const text = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${body}`;
    writeFileSync(join(contentDir, 'codes', `${code}.mdx`), text);
    bytes += Buffer.byteLength(text);
  });
  writeSyntheticRegistry(contentDir, copiesOf, (realCode) => standIn(realCode, 0));
  return { codes, bytes };
}

/**
 * Copies content/registry/ with its per-product tables grown as the site would grow: a real
 * code's names and client rows go to every synthetic code made from it, so each page carries
 * the same sections as its template. The gRPC tables keep one row per line, at stand-ins.
 */
function writeSyntheticRegistry(contentDir: string, copiesOf: Map<number, number[]>, standIn: (realCode: number) => number): void {
  const target = join(contentDir, 'registry');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(registryDir)) writeFileSync(join(target, name), readFileSync(join(registryDir, name)));
  const rewrite = (name: string, rows: (row: Record<string, string>) => Record<string, string>[]) => {
    const records: Record<string, string>[] = parseCsv(readFileSync(join(registryDir, name), 'utf8'), { columns: true });
    writeFileSync(join(target, name), stringifyCsv(records.flatMap(rows), { header: true, columns: Object.keys(records[0]!) }));
  };
  const copies = (code: string) => copiesOf.get(Number(code)) ?? [];
  rewrite('constants.csv', (row) => copies(row['code']!).map((code) => ({ ...row, code: String(code) })));
  rewrite('client-behaviour.csv', (row) => {
    const tokens = row['codes']!.split(' ').flatMap((token) => (token.endsWith('xx') ? [token] : copies(token).map(String)));
    return tokens.length > 0 ? [{ ...row, codes: tokens.join(' ') }] : [];
  });
  for (const name of ['grpc-to-http.csv', 'grpc-from-http.csv']) {
    rewrite(name, (row) => [{ ...row, http: row['http'] === 'other' ? 'other' : String(standIn(Number(row['http']))) }]);
  }
}
