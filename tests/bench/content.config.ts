/**
 * The scale benchmark's content config: the site's own collections, except that code entries
 * are numbered 10000–59999, since there are only 500 codes 100–599 and the benchmark builds up
 * to 10,000 entries. The rest of the code schema applies unchanged, and the first digit still
 * gives the class. scale.ts builds a copy of the project whose src/content.config.ts re-exports
 * these collections, so nothing in src/ knows about the benchmark.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { codesLoader, collections as siteCollections } from '../../src/content.config';
import { codeSchema } from '../../src/schemas/code';
import { clientBehaviourSchema, constantSchema, grpcFromHttpSchema, grpcToHttpSchema } from '../../src/schemas/registry';

export const syntheticCodeRange = { min: 10_000, max: 59_999 } as const;

const syntheticCode = z.number().int().min(syntheticCodeRange.min).max(syntheticCodeRange.max);

function syntheticEntryId(filePath: string, code: unknown): string {
  if (!syntheticCode.safeParse(code).success || !filePath.endsWith(`/${code}.mdx`)) {
    throw new Error(`${filePath}: field "code" is ${JSON.stringify(code)}; expected a synthetic code ${syntheticCodeRange.min}–${syntheticCodeRange.max} equal to the file name`);
  }
  return String(code);
}

const codes = defineCollection({ loader: codesLoader(syntheticEntryId), schema: codeSchema.safeExtend({ code: syntheticCode }) });

/** The registry tables name synthetic codes too (tests/bench/synthetic.ts); a CSV cell holds digits. */
const syntheticCell = z.coerce.number().pipe(syntheticCode);
const registryTable = <S extends z.ZodType>(collection: unknown, schema: S) => defineCollection({ loader: (collection as { loader: Loader }).loader, schema });

export const collections = {
  ...siteCollections,
  codes,
  constants: registryTable(siteCollections.constants, constantSchema.safeExtend({ code: syntheticCell })),
  clientBehaviour: registryTable(
    siteCollections.clientBehaviour,
    clientBehaviourSchema.safeExtend({ codes: z.string().transform((cell) => cell.split(' ')) }),
  ),
  grpcToHttp: registryTable(siteCollections.grpcToHttp, grpcToHttpSchema.safeExtend({ http: syntheticCell })),
  grpcFromHttp: registryTable(siteCollections.grpcFromHttp, grpcFromHttpSchema.safeExtend({ http: z.union([z.literal('other'), syntheticCell]) })),
};
