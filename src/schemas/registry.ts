/**
 * Rows of the per-product tables in content/registry/, one schema per file. Each row carries its
 * own source, in the style of MDN's browser-compat-data: a reader can open the file or document
 * that shows the fact.
 */
import { z } from 'astro/zod';
import { expecting, httpsUrl, text } from './fields';

/** What the loader adds to every row (src/lib/registry-loader.ts): its id and its place in the file. */
const rowBase = { id: z.string(), position: z.number().int() };

const slug = (what: string) => z.string(expecting(what)).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, expecting(what));

/** A status code as a CSV cell holds it: the digits of an integer from 100 to 599. */
const statusCode = z.coerce.number(expecting('an integer from 100 to 599')).int(expecting('an integer from 100 to 599')).min(100, expecting('an integer from 100 to 599')).max(599, expecting('an integer from 100 to 599'));

/** A release as the project numbers it, e.g. "3.13", "go1.22", "v6.1.0". */
const version = text('a release version, e.g. "3.13"').max(24, expecting('a release version of at most 24 characters'));

/** content/registry/ecosystems.yaml: a language or framework whose names for status codes the pages list. */
export const ecosystemSchema = z.strictObject({
  position: rowBase.position,
  /** Used in content/registry/constants.csv and in the URL of its page, /in/<id>/. */
  id: slug('a lowercase id with hyphens, e.g. "python"'),
  /** Display name, e.g. "Python". */
  name: text('a display name, e.g. "Python"'),
  /** The API that holds the names, e.g. "http.HTTPStatus". */
  api: text('the API holding the names, e.g. "http.HTTPStatus"'),
  /** How a name is written in code, with {name} where the row's name goes, e.g. "HTTPStatus.{name}". */
  usage: text('a pattern with {name}, e.g. "HTTPStatus.{name}"').regex(/\{name\}/, expecting('a pattern with {name}, e.g. "HTTPStatus.{name}"')),
  /** The release whose source file the rows were read from. */
  version,
  /** That source file at that release's tag or commit. */
  source: httpsUrl,
  /** The first release of the API: a row without `since` has its name from there on. */
  baseline: version,
});

const noneName = 'none';

/** content/registry/constants.csv: one name for one code in one ecosystem, or "none". */
export const constantSchema = z
  .strictObject({
    ...rowBase,
    ecosystem: slug('an ecosystem id from content/registry/ecosystems.yaml'),
    code: statusCode,
    /** The name as written after the ecosystem's qualifier, or "none" when it has no name for the code. */
    name: text(`the name as written in code, or "${noneName}"`),
    /** The release that introduced the name, when later than the ecosystem's baseline. */
    since: version.optional(),
    /** The release that deprecated the name (still present). */
    deprecated: version.optional(),
    /** The release that removed the name. */
    removed: version.optional(),
    /** Where since, deprecated or removed can be checked: one URL, or several separated by spaces. */
    source: z
      .string()
      .transform((cell) => cell.trim().split(/\s+/))
      .pipe(z.array(httpsUrl))
      .optional(),
  })
  .refine((row) => row.source || !(row.since || row.deprecated || row.removed), {
    message: 'missing; expected https:// URLs, separated by spaces, showing the versions given in since, deprecated or removed',
    path: ['source'],
  })
  .refine((row) => !row.source || row.source.length === 1 || row.source.length === [row.since, row.deprecated, row.removed].filter(Boolean).length, {
    message: 'expected one URL, or one per version given (since, deprecated, removed, in that order)',
    path: ['source'],
  })
  .refine((row) => row.name !== noneName || !(row.since || row.deprecated || row.removed), {
    message: `expected no since, deprecated or removed on a "${noneName}" row`,
    path: ['name'],
  });

export const isNoName = (row: { name: string }) => row.name === noneName;

export const clientKinds = ['browser', 'library', 'command-line tool'] as const;

/** content/registry/clients.yaml: an HTTP client whose own reactions to status codes the pages list. */
export const clientSchema = z.strictObject({
  position: rowBase.position,
  /** Used in content/registry/client-behaviour.csv. */
  id: slug('a lowercase id with hyphens, e.g. "curl"'),
  /** Display name, e.g. "Python requests". */
  name: text('a display name, e.g. "curl"'),
  kind: z.enum(clientKinds, expecting(`one of ${clientKinds.join(', ')}`)),
  /** The release the rows were read from, or the standard's snapshot. */
  version,
});

export const behaviours = ['follow', 'method', 'body', 'retry', 'retry-after', 'cache', 'credentials', 'error', 'interim', 'navigate'] as const;
export type Behaviour = (typeof behaviours)[number];

/** A code ("301") or a whole class ("4xx"). */
const codeOrClass = /^([1-5]\d\d|[1-5]xx)$/;

/** content/registry/client-behaviour.csv: what one client does on its own with some codes. */
export const clientBehaviourSchema = z.strictObject({
  ...rowBase,
  client: slug('a client id from content/registry/clients.yaml'),
  /** Space-separated codes or classes sharing exactly this behaviour and value. */
  codes: z
    .string(expecting('codes or classes separated by spaces, e.g. "301 302" or "4xx"'))
    .transform((cell) => cell.trim().split(/\s+/))
    .pipe(z.array(z.string().regex(codeOrClass, expecting('a code from 100 to 599 or a class from 1xx to 5xx'))).min(1)),
  behaviour: z.enum(behaviours, expecting(`one of ${behaviours.join(', ')}`)),
  /** A short table cell, e.g. "POST → GET". */
  value: text('a short value of at most 24 characters, e.g. "POST → GET"').max(24, expecting('a short value of at most 24 characters')),
  /** The condition or limit, in our words. */
  note: text('a note of at most 160 characters').max(160, expecting('a note of at most 160 characters')).optional(),
  source: httpsUrl,
});

export const grpcCodeName = z.string(expecting('a gRPC code name in capitals, e.g. "NOT_FOUND"')).regex(/^[A-Z_]+$/, expecting('a gRPC code name in capitals, e.g. "NOT_FOUND"'));

/** content/registry/grpc-to-http.csv: google.rpc.Code's HTTP mapping, one row per gRPC code. */
export const grpcToHttpSchema = z.strictObject({
  ...rowBase,
  grpc: grpcCodeName,
  number: z.coerce.number(expecting('the gRPC code number, 0 to 16')).int().min(0).max(16, expecting('the gRPC code number, 0 to 16')),
  http: statusCode,
  source: httpsUrl,
});

/** content/registry/grpc-from-http.csv: gRPC's table for a client that got no grpc-status, one row per HTTP code. */
export const grpcFromHttpSchema = z.strictObject({
  ...rowBase,
  /** A status code, or "other" for every code the table does not name. */
  http: z.union([z.literal('other'), statusCode], expecting('an integer from 100 to 599 or "other"')),
  grpc: grpcCodeName,
  source: httpsUrl,
});

export type Ecosystem = z.infer<typeof ecosystemSchema>;
export type ConstantRow = z.infer<typeof constantSchema>;
export type Client = z.infer<typeof clientSchema>;
export type ClientBehaviourRow = z.infer<typeof clientBehaviourSchema>;
export type GrpcToHttpRow = z.infer<typeof grpcToHttpSchema>;
export type GrpcFromHttpRow = z.infer<typeof grpcFromHttpSchema>;
