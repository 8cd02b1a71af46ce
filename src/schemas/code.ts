import { z } from 'astro/zod';

/** Standing of a code in the IANA registry, or `unofficial` when it is not registered at all. */
export const codeStatuses = ['standard', 'unused', 'deprecated', 'obsoleted', 'temporary', 'unofficial'] as const;

/** Requirement levels as RFC 2119 spells them, kept at the strength the spec uses. */
export const requirementLevels = ['MUST', 'MUST NOT', 'SHOULD', 'SHOULD NOT', 'MAY'] as const;

const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });

/** A section of a specification that defines or constrains the code. */
export const specReferenceSchema = z.strictObject({
  /** The document, e.g. "RFC 9110". */
  document: z.string().min(1),
  /** Section number inside the document, e.g. "15.5.5". */
  section: z.string().min(1),
  /** Deep link to that section, https only. */
  url: httpsUrl,
});

/** A header field that goes with the code, with the rule the spec states for it. */
export const headerRuleSchema = z.strictObject({
  /** Field name as registered, e.g. "Retry-After". */
  name: z.string().min(1),
  /** Strength of the rule: who MUST, SHOULD or MAY send it. */
  level: z.enum(requirementLevels),
  /** The rule in one sentence, in our own words. */
  rule: z.string().min(1),
});

/** A vendor that sends an unregistered code. */
export const vendorSchema = z.strictObject({
  /** Product or company, e.g. "nginx". */
  name: z.string().min(1),
  /** Link to the vendor's own documentation or source; omitted where no primary source exists. */
  url: httpsUrl.optional(),
});

/** Frontmatter of one entry in content/codes/<code>.mdx. */
export const codeSchema = z
  .strictObject({
    /** The status code, an integer 100–599 equal to the file name. */
    code: z.number().int().min(100).max(599),
    /** Current registered reason phrase ("(Unused)" for 306 and 418), or the vendor's name for unofficial codes. */
    title: z.string().min(1),
    /** Well-known name where the registered title does not say it, e.g. "I'm a teapot" for 418. */
    commonName: z.string().min(1).optional(),
    /** One sentence of at most 160 characters for meta descriptions, lists and search excerpts. */
    summary: z.string().min(1).max(160),
    /** Registry standing; `unofficial` for codes IANA does not list. */
    status: z.enum(codeStatuses),
    /** Reason phrases the code had before, which old libraries still print. */
    formerNames: z.array(z.string().min(1)).default([]),
    /** Words people search with: synonyms, symptoms, error texts of servers and clients. */
    keywords: z.array(z.string().min(1)).default([]),
    /** Specification sections that define the code, with deep links. */
    spec: z.array(specReferenceSchema).default([]),
    /** Header fields that go with the code and the rule for each. */
    headers: z.array(headerRuleSchema).default([]),
    /** Heuristically cacheable by default (RFC 9110 §15.1, RFC 7725 §3). */
    cacheable: z.boolean(),
    /** Whether the response may carry content (false for 1xx, 204, 205 and 304). */
    bodyAllowed: z.boolean(),
    /** Codes worth reading next; each must have its own page. */
    related: z.array(z.number().int()).default([]),
    /** Vendors that send an unofficial code; required exactly when status is `unofficial`. */
    vendors: z.array(vendorSchema).default([]),
  })
  .check((ctx) => {
    const entry = ctx.value;
    const unofficial = entry.status === 'unofficial';
    if (unofficial && entry.vendors.length === 0) {
      ctx.issues.push({ code: 'custom', input: entry.vendors, path: ['vendors'], message: 'an unofficial code needs at least one vendor' });
    }
    if (!unofficial && entry.vendors.length > 0) {
      ctx.issues.push({ code: 'custom', input: entry.vendors, path: ['vendors'], message: 'only unofficial codes list vendors; registered codes cite their spec' });
    }
    if (!unofficial && entry.spec.length === 0) {
      ctx.issues.push({ code: 'custom', input: entry.spec, path: ['spec'], message: 'a registered code needs at least one spec reference' });
    }
  });

export type CodeEntryData = z.infer<typeof codeSchema>;
