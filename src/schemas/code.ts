import { z } from 'astro/zod';
import { expecting, httpsUrl, text } from './fields';

/** Standing of a code in the IANA registry, or `unofficial` when it is not registered at all. */
export const codeStatuses = ['standard', 'reserved', 'unused', 'deprecated', 'obsoleted', 'temporary', 'unofficial'] as const;

/** Requirement levels as RFC 2119 spells them, kept at the strength the spec uses. */
export const requirementLevels = ['MUST', 'MUST NOT', 'SHOULD', 'SHOULD NOT', 'MAY'] as const;

/** A section of a specification that defines or constrains the code. */
export const specReferenceSchema = z.strictObject({
  /** The document, e.g. "RFC 9110". */
  document: text('a non-empty document name, e.g. "RFC 9110"'),
  /** Section number inside the document, e.g. "15.5.5". */
  section: text('a non-empty section number, e.g. "15.5.5"'),
  /** Deep link to that section, https only. */
  url: httpsUrl,
});

/** A header field that goes with the code, with the rule the spec states for it. */
export const headerRuleSchema = z.strictObject({
  /** Field name as registered, e.g. "Retry-After". */
  name: text('a non-empty header field name, e.g. "Retry-After"'),
  /** Strength of the rule: who MUST, SHOULD or MAY send it. */
  level: z.enum(requirementLevels, expecting(`one of ${requirementLevels.join(', ')}`)),
  /** The rule in one sentence, in our own words. */
  rule: text('a non-empty sentence'),
});

/** A vendor that sends an unregistered code. */
export const vendorSchema = z.strictObject({
  /** Product or company, e.g. "nginx". */
  name: text('a non-empty vendor name, e.g. "nginx"'),
  /** Link to the vendor's own documentation or source; omitted where no primary source exists. */
  url: httpsUrl.optional(),
});

/** A day as "YYYY-MM-DD". Astro's YAML reads an unquoted date as a Date, so one is taken back to that form. */
const isoDate = z.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value), z.iso.date(expecting('a date as "YYYY-MM-DD"')));

/**
 * The dates of a temporary IANA registration, which the registry grants a draft for a limited time
 * and then extends, makes permanent or lets lapse. `checked` is when a maintainer last compared the page with the
 * registry and the draft: the build warns once `expires` has passed and nobody has checked since.
 */
export const registrationSchema = z.strictObject({
  /** When IANA first registered the code. */
  registered: isoDate,
  /** Each date the registration was extended, oldest first. */
  extended: z.array(isoDate).default([]),
  /** The expiry date the registry gives. */
  expires: isoDate,
  /** When the page's account of the registration was last checked against the registry. */
  checked: isoDate,
});

/** What `code` must be; entry-id.ts says the same when it checks `code` against the file name. */
export const codeExpectation = 'an integer from 100 to 599';

/** One sentence for meta descriptions, lists and search excerpts; class pages use it too. */
export const summaryText = text('one sentence of 1 to 160 characters').max(160, expecting('one sentence of 1 to 160 characters'));

/** A code in `related`; that it has a page is checked across entries (crossEntryProblems). */
const relatedCode = z.number(expecting('a status code with its own page')).int(expecting('a status code with its own page'));

const statusCode = z
  .number(expecting(codeExpectation))
  .int(expecting(codeExpectation))
  .min(100, expecting(codeExpectation))
  .max(599, expecting(codeExpectation));

/** Frontmatter of one entry in content/codes/<code>.mdx. */
export const codeSchema = z
  .strictObject({
    /** The status code, an integer 100–599 equal to the file name. */
    code: statusCode,
    /** Current registered reason phrase ("(Unused)" for 306 and 418), or the vendor's name for unofficial codes. */
    title: text('a non-empty reason phrase, e.g. "Not Found"'),
    /** Well-known name where the registered title does not say it, e.g. "I'm a teapot" for 418. */
    commonName: text('a non-empty name, or no commonName field at all').optional(),
    /** One sentence of at most 160 characters for meta descriptions, lists and search excerpts. */
    summary: summaryText,
    /** Registry standing; `unofficial` for codes IANA does not list. */
    status: z.enum(codeStatuses, expecting(`one of ${codeStatuses.join(', ')}`)),
    /** Reason phrases the code had before, which old libraries still print. */
    formerNames: z.array(text('a non-empty reason phrase')).default([]),
    /** Words people search with: synonyms, symptoms, error texts of servers and clients. */
    keywords: z.array(text('a non-empty search phrase')).default([]),
    /** Specification sections that define the code, with deep links. */
    spec: z.array(specReferenceSchema).default([]),
    /** Header fields that go with the code and the rule for each. */
    headers: z.array(headerRuleSchema).default([]),
    /** Heuristically cacheable by default (RFC 9110 §15.1, RFC 7725 §3, RFC 3229 §10.4.1). */
    cacheable: z.boolean(expecting('true or false')),
    /** Whether the response may carry content (false for 1xx, 204, 205 and 304). */
    bodyAllowed: z.boolean(expecting('true or false')),
    /** Codes worth reading next; each must have its own page. */
    related: z.array(relatedCode).default([]),
    /** Vendors that send an unofficial code; required exactly when status is `unofficial`. */
    vendors: z.array(vendorSchema).default([]),
    /** Dates of a temporary registration; required exactly when status is `temporary`. */
    registration: registrationSchema.optional(),
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
    if ((entry.status === 'temporary') !== (entry.registration !== undefined)) {
      const message = entry.status === 'temporary' ? 'a temporary code needs its registration dates' : 'only temporary codes have registration dates';
      ctx.issues.push({ code: 'custom', input: entry.registration, path: ['registration'], message });
    }
    if (!unofficial && entry.spec.length === 0) {
      ctx.issues.push({ code: 'custom', input: entry.spec, path: ['spec'], message: 'a registered code needs at least one spec reference' });
    }
  });

export type CodeEntryData = z.infer<typeof codeSchema>;
export type RegistrationData = z.infer<typeof registrationSchema>;
