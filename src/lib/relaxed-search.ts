/**
 * Pagefind returns only pages that hold every word of a query, so an error message pasted whole
 * ("Response status code does not indicate success: 401 (Unauthorized).") or a question ("why
 * does my api return 415") finds nothing. When a query of several words finds nothing, this
 * searches its words one by one and ranks pages by the sum of their scores: a page that matches
 * more of the words, or rarer ones, comes first.
 *
 * Part of /search-client.js (src/scripts/search-client.ts), which the relevance suite runs too
 * (tests/search/relevance.ts).
 */

export interface SearchResult {
  id: string;
  score: number;
}

export interface SearchResponse<R extends SearchResult = SearchResult> {
  results: R[];
}

/** Words that say nothing about a status code: question words, articles, pronouns, auxiliaries. */
const stopWords = new Set(
  ('a an the and or but of to in on at for from by with as is are was were be been being do does did done doing ' +
    'i me my we our you your it its this that these those what which who whom why how when where whether ' +
    'can could should would will shall may might must not no instead than then there here get gets got getting ' +
    'keep keeps return returns returned returning use used using')
    .split(' '),
);

/** The words of a query worth searching alone: lowercase, edge punctuation trimmed, no stop words, each once. */
export function queryWords(term: string): string[] {
  const words = term
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}_:]+|[^\p{L}\p{N}_]+$/gu, ''))
    .filter((word) => word.length > 1 && !stopWords.has(word));
  return [...new Set(words)];
}

/** Results of several searches as one list: each page once, its scores summed, best first. */
export function mergeByPage<R extends SearchResult>(responses: readonly SearchResponse<R>[]): R[] {
  const merged = new Map<string, R>();
  for (const response of responses) {
    for (const result of response.results) {
      const seen = merged.get(result.id);
      merged.set(result.id, seen ? { ...seen, score: seen.score + result.score } : result);
    }
  }
  return [...merged.values()].sort((a, b) => b.score - a.score);
}

/** A status code named in the query ("status code 404", "(500)"), when it names exactly one. */
export function namedCode(term: string): string | undefined {
  const codes = new Set(term.match(/(?<![\p{L}\p{N}_])[1-5]\d\d(?![\p{L}\p{N}_])/gu) ?? []);
  return codes.size === 1 ? [...codes][0] : undefined;
}

/**
 * A word that finds nothing is retried by its first letters, which Pagefind matches as a prefix:
 * "requets" finds "request", "servcie" finds "service". Short words are left alone.
 */
async function searchWord<T extends SearchResponse>(search: (term: string) => Promise<T>, word: string): Promise<T> {
  const found = await search(word);
  if (found.results.length > 0 || word.length < 6) return found;
  return search(word.slice(0, Math.max(4, Math.ceil(word.length * 0.6))));
}

/**
 * Searches the query as it is, and word by word when that finds nothing. A query that names one
 * status code puts that code's page first, as typing the number alone does: in "Request failed
 * with status code 404" the number says more than the words around it.
 */
export async function relaxedSearch<R extends SearchResult, T extends SearchResponse<R>>(
  search: (term: string) => Promise<T>,
  term: string,
  /** The code a result's page is about, e.g. from its `code` meta field; undefined for other pages. */
  codeOf: (result: R) => Promise<string | undefined> = async () => undefined,
): Promise<T> {
  const code = namedCode(term);
  const [whole, byCode] = await Promise.all([search(term), code && code !== term.trim() ? search(code) : undefined]);
  let results = whole.results;
  if (results.length === 0) {
    const words = queryWords(term);
    const relaxed = words.length > 1 || (words.length === 1 && words[0] !== term.trim().toLowerCase());
    if (relaxed) results = mergeByPage(await Promise.all(words.map((word) => searchWord(search, word))));
  }
  const first = byCode?.results[0];
  if (first && (await codeOf(first)) === code) results = [first, ...results.filter((result) => result.id !== first.id)];
  return { ...whole, results };
}

/** Pagefind's search options; the site uses its filters (class, status). */
export interface PagefindSearchOptions {
  filters?: Record<string, string | string[]>;
}

/** A result of Pagefind's search(); data() loads its fragment. */
export type PagefindResult = SearchResult & {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; sub_results: { title: string; url: string; excerpt: string }[] }>;
};

/**
 * The site's search over a Pagefind search function: relaxedSearch, with a code page known by its
 * `code` meta field. The search box (src/scripts/search-ui.ts) and the relevance suite
 * (tests/search/relevance.ts) both call this, so the suite measures what readers get.
 */
export function siteSearch(search: (term: string) => Promise<SearchResponse<PagefindResult>>, term: string): Promise<SearchResponse<PagefindResult>> {
  return relaxedSearch<PagefindResult, SearchResponse<PagefindResult>>(search, term, (result) => result.data().then((data) => data.meta['code']));
}
