/** The five classes of RFC 9110 §15, keyed by the first digit of a code. */
export const statusClasses = [
  { digit: 1, slug: '1xx', name: 'Informational', token: 'informational' },
  { digit: 2, slug: '2xx', name: 'Successful', token: 'success' },
  { digit: 3, slug: '3xx', name: 'Redirection', token: 'redirection' },
  { digit: 4, slug: '4xx', name: 'Client Error', token: 'client-error' },
  { digit: 5, slug: '5xx', name: 'Server Error', token: 'server-error' },
] as const;

export type StatusClass = (typeof statusClasses)[number];
export type StatusClassSlug = StatusClass['slug'];

/**
 * Benchmarks only: `npm run bench` builds the real site from up to 10,000 synthetic entries, more
 * than the 500 codes 100–599 there are, so with ALLOW_SYNTHETIC_CODES=1 (see src/content.config.ts)
 * an entry may be numbered 10000–59999 instead; its first digit gives its class. Without the
 * variable such numbers are rejected like any other non-code.
 */
export const syntheticCodeRange = { min: 10_000, max: 59_999 } as const;

function isSyntheticCode(code: number): boolean {
  return (
    globalThis.process?.env['ALLOW_SYNTHETIC_CODES'] === '1' &&
    Number.isInteger(code) &&
    code >= syntheticCodeRange.min &&
    code <= syntheticCodeRange.max
  );
}

/** The class of a status code, derived from its first digit; codes are never stored with their class. */
export function getStatusClass(code: number): StatusClass {
  if (Number.isInteger(code) && code >= 100 && code <= 599) return statusClasses[Math.floor(code / 100) - 1]!;
  if (isSyntheticCode(code)) return statusClasses[Math.floor(code / 10_000) - 1]!;
  throw new RangeError(`${code} is not a status code: expected an integer from 100 to 599`);
}
