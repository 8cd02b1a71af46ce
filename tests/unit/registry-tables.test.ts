/**
 * The per-product tables of content/registry/ (names in code, client behaviour, gRPC): each row
 * passes its schema, names only clients, ecosystems and codes that exist, and where a runtime or
 * package is on this machine the names agree with it.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseRegistryTable } from '../../src/lib/registry-loader';
import { codeNames, groupConstants } from '../../src/lib/constants';
import { clientBehaviourLookup } from '../../src/lib/client-behaviour';
import {
  clientBehaviourSchema,
  clientSchema,
  constantSchema,
  ecosystemSchema,
  grpcFromHttpSchema,
  grpcToHttpSchema,
  isNoName,
  type ConstantRow,
} from '../../src/schemas/registry';
import { codeSchema } from '../../src/schemas/code';
import { readEntryFiles } from '../support/entry-files';
import { registryDir } from '../support/csv';

function readTable<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  const path = join(registryDir, file);
  return parseRegistryTable(`content/registry/${file}`, readFileSync(path, 'utf8')).map((row) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new Error(`${String(row['id'])}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    return parsed.data;
  });
}

const entries = readEntryFiles().map((file) => codeSchema.parse(file.frontmatter));
const pages = new Set(entries.map((entry) => entry.code));
const registered = entries.filter((entry) => entry.status !== 'unofficial').map((entry) => entry.code);

const ecosystems = readTable('ecosystems.yaml', ecosystemSchema);
const constants = readTable('constants.csv', constantSchema);
const clients = readTable('clients.yaml', clientSchema);
const behaviour = readTable('client-behaviour.csv', clientBehaviourSchema);
const grpcToHttp = readTable('grpc-to-http.csv', grpcToHttpSchema);
const grpcFromHttp = readTable('grpc-from-http.csv', grpcFromHttpSchema);

/** "3.13" < "3.9" as text; compared as numbers part by part ("go1.7" → [1, 7]). */
const versionParts = (version: string) => version.replace(/^\D+/, '').split('.').map(Number);
function atOrBefore(version: string, reference: string): boolean {
  const [a, b] = [versionParts(version), versionParts(reference)];
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return true;
}

/** The names an ecosystem had for each code at a release, from the table. */
function namesAt(ecosystem: string, version: string): Map<number, string[]> {
  const byCode = new Map<number, string[]>();
  for (const row of constants.filter((candidate) => candidate.ecosystem === ecosystem && !isNoName(candidate))) {
    const introduced = !row.since || atOrBefore(row.since, version);
    const gone = row.removed !== undefined && atOrBefore(row.removed, version);
    if (introduced && !gone) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row.name].toSorted());
  }
  return byCode;
}

/** Restricts a runtime's table to the codes that have pages, names sorted. */
function onPages(table: Map<number, string[]>): Map<number, string[]> {
  return new Map([...table].filter(([code]) => pages.has(code)).map(([code, names]) => [code, names.toSorted()]));
}

describe('content/registry/constants.csv', () => {
  it('names only ecosystems of ecosystems.yaml and codes with a page', () => {
    expect(() => groupConstants(ecosystems, constants)).not.toThrow();
    expect(constants.filter((row) => !pages.has(row.code)).map((row) => row.id)).toEqual([]);
  });

  it('gives every registered code a name or an explicit "none" in every ecosystem', () => {
    const missing = ecosystems.flatMap((ecosystem) =>
      registered
        .filter((code) => !constants.some((row) => row.ecosystem === ecosystem.id && row.code === code && !row.removed))
        .map((code) => `${ecosystem.id} ${code}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no "none" row beside a current name, and no name twice', () => {
    const keyed = new Map<string, ConstantRow[]>();
    for (const row of constants) keyed.set(`${row.ecosystem} ${row.code}`, [...(keyed.get(`${row.ecosystem} ${row.code}`) ?? []), row]);
    const contradictions = [...keyed].filter(([, rows]) => rows.some(isNoName) && rows.some((row) => !isNoName(row) && !row.removed)).map(([key]) => key);
    expect(contradictions).toEqual([]);
    const twice = [...keyed].filter(([, rows]) => new Set(rows.map((row) => row.name)).size !== rows.length).map(([key]) => key);
    expect(twice).toEqual([]);
  });

  it('gives a version after the baseline wherever since is set', () => {
    const early = constants
      .filter((row) => row.since && atOrBefore(row.since, ecosystems.find((ecosystem) => ecosystem.id === row.ecosystem)!.baseline))
      .map((row) => `${row.id} since ${row.since}`);
    expect(early).toEqual([]);
  });

  it('agrees with Python 3.11 on this machine (python3), renames of 3.13 excluded', () => {
    const script = 'import http, json; print(json.dumps([[s.value, n] for n, s in http.HTTPStatus.__members__.items()]))';
    const output = execFileSync('python3', ['-c', script], { encoding: 'utf8' });
    const version = execFileSync('python3', ['-c', 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")'], { encoding: 'utf8' }).trim();
    const runtime = new Map<number, string[]>();
    for (const [code, name] of JSON.parse(output) as [number, string][]) runtime.set(code, [...(runtime.get(code) ?? []), name]);
    expect(namesAt('python', version)).toEqual(onPages(runtime));
  });

  it(`agrees with http.STATUS_CODES of the Node.js running the tests (${process.version})`, async () => {
    const { STATUS_CODES } = await import('node:http');
    const runtime = new Map(Object.entries(STATUS_CODES).map(([code, text]) => [Number(code), [text!]]));
    expect(namesAt('node', process.versions.node)).toEqual(onPages(runtime));
  });

  it('agrees with the http-status-codes package installed here', () => {
    const require = createRequire(import.meta.url);
    const installed = (require('http-status-codes/package.json') as { version: string }).version;
    const { StatusCodes } = require('http-status-codes') as { StatusCodes: Record<string, string | number> };
    const runtime = new Map<number, string[]>();
    for (const [name, code] of Object.entries(StatusCodes)) if (typeof code === 'number') runtime.set(code, [...(runtime.get(code) ?? []), name]);
    expect(namesAt('http-status-codes', installed)).toEqual(onPages(runtime));
  });

  it('writes names as the ecosystem does, e.g. Python 413 with its 3.13 name first', () => {
    const python = ecosystems.find((ecosystem) => ecosystem.id === 'python')!;
    const names = codeNames(python, constants.filter((row) => row.ecosystem === 'python' && row.code === 413));
    expect(names.map((name) => name.name)).toEqual(['HTTPStatus.CONTENT_TOO_LARGE', 'HTTPStatus.REQUEST_ENTITY_TOO_LARGE']);
    expect(names[0]).toMatchObject({ since: '3.13' });
  });
});

describe('content/registry/client-behaviour.csv', () => {
  it('names only clients of clients.yaml and codes with a page', () => {
    expect(() => clientBehaviourLookup(clients, behaviour)).not.toThrow();
    const unknown = behaviour.flatMap((row) => row.codes.filter((token) => !token.endsWith('xx') && !pages.has(Number(token))).map((token) => `${row.id}: ${token}`));
    expect(unknown).toEqual([]);
  });

  it('gives every row a source pinned to a tag or commit, or a documentation page', () => {
    const unpinned = behaviour.filter((row) => /github\.com\/[^/]+\/[^/]+\/blob\/(main|master|HEAD)\//.test(row.source)).map((row) => row.id);
    expect(unpinned).toEqual([]);
  });

  it('covers each redirect code with follow, method and body rows for every client that follows', () => {
    const lookup = clientBehaviourLookup(clients, behaviour);
    const gaps = [301, 302, 303, 307, 308].flatMap((code) => {
      const rows = lookup.forCode(code);
      const following = new Set(rows.filter((row) => row.behaviour === 'follow').map((row) => row.client));
      return [...following].flatMap((client) =>
        (['method', 'body'] as const).filter((kind) => !rows.some((row) => row.client === client && row.behaviour === kind)).map((kind) => `${client} ${code} ${kind}`),
      );
    });
    // ky and axios in the browser leave redirects to fetch(): their rows point at the Browsers row.
    expect(gaps.filter((gap) => !/^(ky|axios) /.test(gap))).toEqual([]);
  });
});

describe('content/registry/grpc-*.csv', () => {
  it('lists each gRPC code once, numbered 0 to 16, each mapped to a code with a page', () => {
    expect(grpcToHttp.map((row) => row.number).toSorted((a, b) => a - b)).toEqual(Array.from({ length: 17 }, (_, index) => index));
    expect(new Set(grpcToHttp.map((row) => row.grpc)).size).toBe(17);
    expect(grpcToHttp.filter((row) => !pages.has(row.http)).map((row) => row.id)).toEqual([]);
  });

  it('maps HTTP codes that have pages to gRPC codes that exist, with one row for all other codes', () => {
    const names = new Set(grpcToHttp.map((row) => row.grpc));
    expect(grpcFromHttp.filter((row) => !names.has(row.grpc)).map((row) => row.id)).toEqual([]);
    expect(grpcFromHttp.filter((row) => row.http !== 'other' && !pages.has(row.http)).map((row) => row.id)).toEqual([]);
    expect(grpcFromHttp.filter((row) => row.http === 'other')).toHaveLength(1);
  });
});
