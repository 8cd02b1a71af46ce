import { z } from 'astro/zod';
import { codeStatuses, specReferenceSchema } from './code';

/**
 * The public JSON shape of one code in /codes.json and /codes/<code>.json (README, "Linking
 * to these pages"). Fields may be added; none is ever renamed or removed.
 */
export const codeRecordSchema = z.strictObject({
  /** The status code. */
  code: z.number().int().min(100).max(599),
  /** Registered reason phrase, or the vendor's name for an unofficial code. */
  title: z.string().min(1),
  /** Class slug derived from the first digit: "1xx" to "5xx". */
  class: z.enum(['1xx', '2xx', '3xx', '4xx', '5xx']),
  /** Registry standing, `unofficial` when not registered. */
  status: z.enum(codeStatuses),
  /** One-sentence summary. */
  summary: z.string().min(1).max(160),
  /** Earlier reason phrases. */
  formerNames: z.array(z.string()),
  /** The code's page: absolute when the site URL is configured, else a path. */
  url: z.string().regex(/^(https?:\/\/[^/]+)?\/(.+\/)?codes\/\d{3}\/$/),
  /** Specification sections with deep links. */
  spec: z.array(specReferenceSchema),
  /**
   * The code's names in code, by ecosystem id (content/registry/ecosystems.yaml, e.g. "python",
   * "go"), as written there, with the releases that introduced, deprecated or removed each. An
   * empty list: that ecosystem has no name for the code.
   */
  constants: z.record(
    z.string(),
    z.array(
      z.strictObject({
        name: z.string().min(1),
        since: z.string().optional(),
        deprecated: z.string().optional(),
        removed: z.string().optional(),
      }),
    ),
  ),
});

export const codeIndexSchema = z.array(codeRecordSchema);

export type CodeRecord = z.infer<typeof codeRecordSchema>;
