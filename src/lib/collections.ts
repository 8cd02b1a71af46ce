/**
 * The one module that queries the content collections. Routes and components ask here and
 * never call getCollection themselves, so ordering and cross-entry checks live in one place.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { crossEntryProblems, groupByClass, neighbourLookup, sortByCode } from './code-index';
import { lapsedRegistrationWarnings } from './registration';
import type { StatusClassSlug } from './status-class';
import { clientBehaviourLookup } from './client-behaviour';
import { codeNames, groupConstants, type CodeName } from './constants';
import { grpcMappingLookup, type GrpcMapping } from './grpc';
import type { Ecosystem, GrpcFromHttpRow, GrpcToHttpRow } from '../schemas/registry';

export type CodeEntry = CollectionEntry<'codes'>;

let codesInOrder: Promise<CodeEntry[]> | undefined;

async function loadCodes(): Promise<CodeEntry[]> {
  const entries = await getCollection('codes');
  const problems = crossEntryProblems(entries);
  if (problems.length > 0) throw new Error(`Invalid content in content/codes:\n${problems.join('\n')}`);
  const today = new Date().toISOString().slice(0, 10);
  for (const warning of lapsedRegistrationWarnings(entries.map((entry) => entry.data), today)) console.warn(`Warning: ${warning}`);
  return sortByCode(entries);
}

/** Every code entry in code order, checked across entries once per build. */
export function getCodes(): Promise<CodeEntry[]> {
  codesInOrder ??= loadCodes();
  return codesInOrder;
}

export async function getCodesByClass() {
  return groupByClass(await getCodes());
}

let neighboursOf: Promise<ReturnType<typeof neighbourLookup<CodeEntry>>> | undefined;

export async function getCodeNeighbours(code: number) {
  neighboursOf ??= getCodes().then(neighbourLookup);
  return (await neighboursOf)(code);
}

let codesByNumber: Promise<Map<number, CodeEntry>> | undefined;

/** Entries for the given codes, in the order given; every code must have a page. */
export async function getCodeEntries(codes: readonly number[]): Promise<CodeEntry[]> {
  // A lookup table built once: every code page asks for its related and linked codes, and a
  // search through all entries each time made the build grow with the square of the entries.
  codesByNumber ??= getCodes().then((entries) => new Map(entries.map((entry) => [entry.data.code, entry])));
  const byNumber = await codesByNumber;
  return codes.map((code) => {
    const entry = byNumber.get(code);
    if (!entry) throw new Error(`no page for code ${code}; expected a file content/codes/${code}.mdx`);
    return entry;
  });
}

export async function getTopicEntry(id: string): Promise<CollectionEntry<'topics'>> {
  const entry = await getEntry('topics', id);
  if (!entry) throw new Error(`no topic "${id}"; expected a file content/topics/${id}.mdx`);
  return entry;
}

export async function getClassEntry(slug: StatusClassSlug): Promise<CollectionEntry<'classes'>> {
  const entry = await getEntry('classes', slug);
  if (!entry) throw new Error(`no intro for class ${slug}; expected a file content/classes/${slug}.mdx`);
  return entry;
}

/** Each registry table is read and checked once per build, then looked up per page. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

const dataOf = async <C extends 'ecosystems' | 'constants' | 'clients' | 'clientBehaviour' | 'grpcToHttp' | 'grpcFromHttp'>(collection: C) =>
  (await getCollection(collection)).map((entry) => entry.data as CollectionEntry<C>['data']).toSorted((a, b) => a.position - b.position);

/** The ecosystems of content/registry/ecosystems.yaml, in file order. */
export const getEcosystems = once(() => dataOf('ecosystems'));

const constantsByCode = once(async () => groupConstants(await getEcosystems(), await dataOf('constants')));

/** A code's names per ecosystem; an empty list means the ecosystem has none. */
export async function getCodeNames(code: number): Promise<{ ecosystem: Ecosystem; names: CodeName[] }[]> {
  const byEcosystem = (await constantsByCode()).get(code);
  return (await getEcosystems()).map((ecosystem) => ({ ecosystem, names: codeNames(ecosystem, byEcosystem?.get(ecosystem.id) ?? []) }));
}

/** The clients of content/registry/clients.yaml, in file order. */
export const getClients = once(() => dataOf('clients'));

/** What clients do on their own, by code, class or client (content/registry/client-behaviour.csv). */
export const getClientBehaviour = once(async () => clientBehaviourLookup(await getClients(), await dataOf('clientBehaviour')));

/** Both gRPC tables in full, for /grpc/ and for each page's lookup. */
export const getGrpcTables = once(async (): Promise<{ toHttp: GrpcToHttpRow[]; fromHttp: GrpcFromHttpRow[] }> => ({
  toHttp: await dataOf('grpcToHttp'),
  fromHttp: await dataOf('grpcFromHttp'),
}));

const grpcMappingFor = once(async () => {
  const { toHttp, fromHttp } = await getGrpcTables();
  return grpcMappingLookup(toHttp, fromHttp);
});

export async function getGrpcMapping(code: number): Promise<GrpcMapping | undefined> {
  return (await grpcMappingFor())(code);
}


/** Every code with a page and its names in one ecosystem, in code order, for /in/<ecosystem>/. */
export async function getEcosystemSheet(ecosystem: Ecosystem): Promise<{ entry: CodeEntry; names: CodeName[] }[]> {
  const byCode = await constantsByCode();
  return (await getCodes()).map((entry) => ({ entry, names: codeNames(ecosystem, byCode.get(entry.data.code)?.get(ecosystem.id) ?? []) }));
}
