/**
 * Holds content/codes against the registry, in the spirit of rustc's tidy check: every
 * registered and every listed unofficial code has a page, and each page agrees with the lists.
 */
import { describe, expect, it } from 'vitest';
import type { CodeEntryData } from '../../src/schemas/code';
import { codeSchema, requirementLevels } from '../../src/schemas/code';
import { apiCommonCodes } from '../../src/lib/api-common-codes';
import { readEntryFiles } from '../support/entry-files';
import { readRegistry } from '../support/csv';

const entries = new Map<number, CodeEntryData>(
  readEntryFiles().map((file) => {
    const data = codeSchema.parse(file.frontmatter);
    return [data.code, data];
  }),
);
const registry = readRegistry('iana-status-codes.csv');
const unofficial = readRegistry('unofficial-status-codes.csv');
const headerRules = readRegistry('header-rules.csv');

/**
 * Heuristically cacheable by default: RFC 9110 §15.1, RFC 7725 §3 (451), and RFC 3229 §10.4.1
 * (226), whose "MAY be stored by a cache … subject to the HTTP expiration mechanism" is the
 * wording RFC 2616 §13.4 used for the codes cacheable by default.
 */
const heuristicallyCacheable = new Set([200, 203, 204, 206, 226, 300, 301, 308, 404, 405, 410, 414, 451, 501]);
const registryStatus = (note: string) => ({ temporary: 'temporary', reserved: 'reserved', deprecated: 'deprecated', unused: 'unused', obsoleted: 'obsoleted' })[note] ?? 'standard';
const splitNames = (names: string) => (names ? names.split(';').map((name) => name.trim()) : []);

describe('registry coverage', () => {
  it.each(registry.map((row) => [row['code'], row] as const))('%s has a page that matches the registry', (code, row) => {
    const entry = entries.get(Number(code));
    expect(entry, `content/codes/${code}.mdx`).toBeDefined();
    expect(entry!.title).toBe(row['reason']);
    expect(entry!.status).toBe(registryStatus(row['note']!));
    expect(entry!.formerNames).toEqual(expect.arrayContaining(splitNames(row['former_names']!)));
    expect(entry!.spec[0]?.document).toBe(row['reference']!.startsWith('RFC') ? row['reference'] : 'draft-ietf-httpbis-resumable-upload');
    if (row['section']) expect(entry!.spec[0]?.section).toBe(row['section']);
  });

  it.each(registry.filter((row) => row['note'] === 'temporary').map((row) => [row['code'], row] as const))(
    'temporary %s gives the registration dates the registry gives',
    (code, row) => {
      const registration = entries.get(Number(code))!.registration!;
      const remarks = row['remarks']!;
      expect(remarks).toContain(`registered ${registration.registered}`);
      for (const date of registration.extended) expect(remarks).toContain(`extended ${date}`);
      expect(remarks).toContain(`expiry date ${registration.expires}`);
      expect([...remarks.matchAll(/\d{4}-\d{2}-\d{2}/g)].length).toBe(2 + registration.extended.length);
    },
  );

  it.each(unofficial.map((row) => [row['code'], row] as const))('unofficial %s has a page with its vendor and source', (code, row) => {
    const entry = entries.get(Number(code));
    expect(entry, `content/codes/${code}.mdx`).toBeDefined();
    expect(entry!.status).toBe('unofficial');
    // The list gives the name people use; the page's title is the vendor's own phrase, or
    // "(no reason phrase)" where the vendor defines none, with the list's name as the common name.
    const name = row['name']!;
    if (!name.startsWith('(')) expect([entry!.title, entry!.commonName]).toContain(name);
    const [vendor] = entry!.vendors;
    expect(vendor?.name).toBeTruthy();
    expect(vendor?.url).toBe(row['source'] || undefined);
  });

  it('has no page for a code on neither list', () => {
    const listed = new Set([...registry, ...unofficial].map((row) => Number(row['code'])));
    expect([...entries.keys()].filter((code) => !listed.has(code))).toEqual([]);
  });

  it('covers every code of the seed API', () => {
    expect([...apiCommonCodes].filter((code) => !entries.has(code))).toEqual([]);
  });
});

describe('header rules agree with content/registry/header-rules.csv', () => {
  const ruleKey = (name: string, level: string) => `${name} ${level}`;

  it.each([...entries.values()].map((entry) => [entry.code, entry] as const))('%i: the header rules the table gives, no more, no fewer', (code, entry) => {
    const expected = headerRules.filter((row) => Number(row['code']) === code).map((row) => ruleKey(row['header']!, row['level']!));
    expect(entry.headers.map((header) => ruleKey(header.name, header.level)).sort()).toEqual(expected.sort());
  });

  it('names a page, a requirement level and a source ("RFC 9110 §15.5.6" or a vendor URL) on every row', () => {
    const bad = headerRules.filter(
      (row) => !entries.has(Number(row['code'])) || !requirementLevels.includes(row['level'] as never) || !/^(?:(?:RFC \d+|draft-[\w-]+|MS-[A-Z]+) (?:§|Appendix )[\dA-Z][\w.]*|https:\/\/\S+)$/.test(row['source'] ?? ''),
    );
    expect(bad).toEqual([]);
  });
});

describe('properties agree with the RFCs', () => {
  const registered = [...entries.values()].filter((entry) => entry.status !== 'unofficial');

  it.each(registered.map((entry) => [entry.code, entry] as const))('%i: cacheable and body rules', (code, entry) => {
    expect(entry.cacheable).toBe(heuristicallyCacheable.has(code));
    expect(entry.bodyAllowed).toBe(!(code < 200 || [204, 205, 304].includes(code)));
  });

  it('never marks an unofficial code cacheable by default', () => {
    expect([...entries.values()].filter((entry) => entry.status === 'unofficial' && entry.cacheable).map((e) => e.code)).toEqual([]);
  });

  it('links related codes that have pages', () => {
    const missing = [...entries.values()].flatMap((entry) => entry.related.filter((code) => !entries.has(code)).map((code) => `${entry.code} → ${code}`));
    expect(missing).toEqual([]);
  });
});
