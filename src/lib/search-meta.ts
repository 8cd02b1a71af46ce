/**
 * How the list-valued Pagefind meta fields are written on the pages (CodeLayout, ClassLayout,
 * SearchKeywords) and read back at search time (relaxed-search.ts, search-lexicon.ts): one format
 * for both sides.
 */

/** Names (`aliases`, `classname`, `vendors`): separated by semicolons, since a name may hold a comma. */
export function joinNames(names: readonly string[]): string {
  return names.join('; ');
}

export function splitNames(field: string | undefined): string[] {
  return field?.split(';').map((name) => name.trim()) ?? [];
}

/** Keywords (`keywords`): the list readers also see, "Also searched as: rate limit · throttled". */
export function joinKeywords(keywords: readonly string[]): string {
  return keywords.join(' · ');
}

export function splitKeywords(field: string | undefined): string[] {
  return field?.split(' · ') ?? [];
}

/** Header fields (`headers`): one word each, separated by spaces; read back lowercase, as queries are compared. */
export function joinHeaders(headers: readonly string[]): string {
  return headers.join(' ');
}

export function splitHeaders(field: string | undefined): string[] {
  return field?.toLowerCase().split(' ') ?? [];
}
