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
 * The class of a status code: its first digit (RFC 9110 §15); codes are never stored with their
 * class. That a code has three digits is the schema's rule (src/schemas/code.ts), not this
 * function's: any integer from 100 up whose first digit is 1 to 5 has that digit's class, which
 * also lets the scale benchmark number its 10,000 entries past 599 with its own content config.
 */
export function getStatusClass(code: number): StatusClass {
  const firstDigit = Number.isInteger(code) && code >= 100 ? Number(String(code)[0]) : 0;
  const statusClass = statusClasses[firstDigit - 1];
  if (!statusClass) throw new RangeError(`${code} is not a status code: expected an integer from 100 to 599`);
  return statusClass;
}
