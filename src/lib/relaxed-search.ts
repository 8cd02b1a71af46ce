/**
 * Pagefind returns only pages that hold every word of a query, so an error message pasted whole
 * ("Response status code does not indicate success: 401 (Unauthorized).") or a question ("why
 * does my api return 415") finds nothing. When a query of several words finds nothing, this
 * searches its words one by one and ranks pages by the sum of their scores: a page that matches
 * more of the words, or rarer ones, comes first. Before that, a misspelt word is corrected
 * towards the names of codes and classes ("forbiden" to "forbidden").
 *
 * Part of /search-client.js (src/scripts/search-client.ts), which the relevance suite runs too
 * (tests/search/relevance.ts).
 */
import { builtLexicon } from './built-lexicon';
import type { SearchLexicon } from './search-lexicon';
import { splitHeaders, splitKeywords, splitNames } from './search-meta';
import { unofficialWeight } from './search-options';
import { nearestWord, shortestCorrected } from './spelling';

export interface SearchResult {
  id: string;
  score: number;
}

export interface SearchResponse<R extends SearchResult = SearchResult> {
  results: R[];
}

/** Pagefind's search options that this module passes. */
export interface SearchOptions {
  filters?: Record<string, string | string[]>;
}

/** A Pagefind search function; the search dialog adds the reader's filters to the options given. */
export type Search<T> = (term: string, options?: SearchOptions) => Promise<T>;

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

/** Higher score first. */
const bestFirst = (a: SearchResult, b: SearchResult) => b.score - a.score;

/** The results with `page` moved to the front. */
function putFirst<R extends SearchResult>(results: readonly R[], page: R): R[] {
  return [page, ...results.filter((result) => result.id !== page.id)];
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
  return [...merged.values()].sort(bestFirst);
}

/** Three digits of a status code on their own, not followed by a unit: "100 seconds", "100 MB" and "100%" are quantities. */
const codeInQuery = /(?<![\p{L}\p{N}_])[1-5]\d\d(?![\p{L}\p{N}_])(?!\s*(?:ms|s|secs?|seconds?|mins?|minutes?|h|hours?|days?|b|bytes?|[kmg]i?b|px|chars?|characters?|times)\b|\s*%)/giu;

/** A status code named in the query ("status code 404", "(500)"), when it names exactly one. */
export function namedCode(term: string): string | undefined {
  const codes = new Set(term.match(codeInQuery) ?? []);
  return codes.size === 1 ? [...codes][0] : undefined;
}

/**
 * How many of a query's words are searched one by one (or checked for spelling), in order: a
 * pasted stack trace would otherwise cost two searches, and an index chunk, per word, on the main
 * thread at every keystroke. Messages say what went wrong first.
 */
export const searchedWordLimit = 12;

/** Whole words of a term (letters only, not part of a longer token such as HTTP_HOST or a camel-case name). */
const wholeWords = /(?<![\p{L}\p{N}_])\p{L}+(?![\p{L}\p{N}_])/gu;

/**
 * Replaces each word of the term that no page holds and that is within a few edits of a word of
 * the vocabulary by that word: "page not fund" becomes "page not found". Pagefind alone would
 * match "fund" by its first letters to anything starting with "f". A word some page holds is
 * never corrected, even when it is not a name ("user" is one edit from "used"): Pagefind's quoted
 * search, which matches whole words only, tells.
 */
export async function correctSpelling(search: Search<SearchResponse>, term: string, vocabulary: readonly string[]): Promise<string> {
  const known = new Set(vocabulary);
  const candidates = [...new Set(term.toLowerCase().match(wholeWords))]
    .filter((word) => word.length >= shortestCorrected && !known.has(word) && !stopWords.has(word))
    .slice(0, searchedWordLimit);
  const corrections = new Map<string, string>();
  await Promise.all(
    candidates.map(async (word) => {
      const correction = nearestWord(word, vocabulary);
      if (correction && (await search(`"${word}"`)).results.length === 0) corrections.set(word, correction);
    }),
  );
  return corrections.size === 0 ? term : term.replace(wholeWords, (word) => corrections.get(word.toLowerCase()) ?? word);
}

export interface RelaxedSearchOptions<R> {
  /**
   * A result's meta fields (CodeLayout.astro), as Pagefind's `data()` gives them: `code`, the code
   * a page is about, and `headers`, the header fields its rules require. None by default.
   */
  metaOf?: (result: R) => Promise<Record<string, string | undefined>>;
  /** The words misspellings are corrected towards, the vendors' names, the header fields; none by default. */
  lexicon?: SearchLexicon;
}

/** Pagefind's filter for the pages of unofficial codes (the `status` filter of CodeLayout.astro). */
const unofficialOnly: SearchOptions = { filters: { status: 'unofficial' } };

/** Whether the query names a vendor of unofficial codes by its brand ("cloudflare error 1016"), whose codes then keep their rank. */
export function namesVendor(term: string, vendors: readonly string[]): boolean {
  return (term.toLowerCase().match(wholeWords) ?? []).some((word) => vendors.includes(word));
}

/** The results, scores of the pages in `demoted` multiplied by `weight`, best first. */
export function demote<R extends SearchResult>(results: readonly R[], demoted: ReadonlySet<string>, weight: number): R[] {
  return results.map((result) => (demoted.has(result.id) ? { ...result, score: result.score * weight } : result)).sort(bestFirst);
}

/**
 * The header field a query shaped like a header line names ("Allow: GET, HEAD" names allow),
 * lowercase, when some code's rules require that field.
 */
export function headerLineField(term: string, headers: readonly string[]): string | undefined {
  // Not "Response::HTTP_GONE": a constant name.
  const name = /^\s*([a-z][\w-]*)\s*:(?!:)/i.exec(term)?.[1]?.toLowerCase();
  return name !== undefined && headers.includes(name) ? name : undefined;
}

/** How many of the results the field name alone ranks highest are weighed for a header line. */
const headerLineCandidates = 5;

/**
 * Re-ranks what a header line found by its field. A line's value is often arbitrary ("bytes
 * *\/1234", "GET, HEAD"), so the whole line ranks pages that mention its words anywhere; the
 * field name alone ranks the pages about the field. Each page the line found and whose rules
 * require the field gains the score the field name gives it, divided by the number of fields its
 * rules require: a code that requires few fields is more about each (416 requires Content-Range
 * and Range, 206 eleven fields). Pages the line did not find stay out ("Upgrade: h2c" is about
 * 101, not 426, which never mentions h2c).
 */
export async function favourRequiredField<R extends SearchResult>(
  search: Search<SearchResponse<R>>,
  field: string,
  results: readonly R[],
  metaOf: (result: R) => Promise<Record<string, string | undefined>>,
): Promise<R[]> {
  const found = new Set(results.map((result) => result.id));
  const candidates = (await search(field)).results.filter((result) => found.has(result.id)).slice(0, headerLineCandidates);
  const gains = new Map<string, number>();
  await Promise.all(
    candidates.map(async (candidate) => {
      const required = splitHeaders((await metaOf(candidate))['headers']);
      if (required.includes(field)) gains.set(candidate.id, candidate.score / required.length);
    }),
  );
  return results.map((result) => ({ ...result, score: result.score + (gains.get(result.id) ?? 0) })).sort(bestFirst);
}

/** A name or query as compared for an exact match: lowercase words, punctuation and spacing aside. */
function nameKey(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * The names of a page: its title without the code or class it starts with ("404 ", "5xx "), the
 * aliases of a code (common and former names) and the wordings of a class (`classname`).
 */
function pageNames(meta: Record<string, string | undefined>): string[] {
  const title = meta['title']?.replace(/^\d(\d\d|xx)\s+/, '');
  return [title, ...splitNames(meta['aliases']), ...splitNames(meta['classname'])].filter((name) => name !== undefined).map(nameKey);
}

/** How far down the results (before unofficial codes are demoted) a page named exactly by the query is looked for: their data is loaded anyway to show them. */
const exactMatchDepth = 3;

/** The fewest words worth searching that a name or keyword needs to count when the query holds it among other words. */
const shortestContained = 2;

/**
 * How many words the longest of the names has when all its words worth searching (queryWords)
 * are words of the query, else 0: "Full authentication is required to access this resource"
 * holds "authentication required" (a keyword of 401), not "proxy authentication required" (407).
 */
export function longestContained(asked: ReadonlySet<string>, names: readonly string[]): number {
  let longest = 0;
  for (const name of names) {
    const words = queryWords(name);
    if (words.length > longest && words.every((word) => asked.has(word))) longest = words.length;
  }
  return longest;
}

/**
 * The page among the first results whose name (reason phrase, common or former name, class
 * name) is exactly the query, else one with a keyword that is exactly the query, if any:
 * "request header too large" is the name of nginx's 494, though 431 (Request Header Fields Too
 * Large) outscores it on the words; "resume download" is a keyword of 206, where 416 has
 * "resume download failed". Of two such pages the higher ranked wins. Failing both, the page
 * with the longest name or keyword of two words or more that the query holds whole
 * (longestContained), the higher ranked of equals: a pasted message names its code in passing.
 */
export async function exactMatch<R extends SearchResult>(term: string, results: readonly R[], metaOf: (result: R) => Promise<Record<string, string | undefined>>): Promise<R | undefined> {
  const key = nameKey(term);
  const top = results.slice(0, exactMatchDepth);
  const metas = await Promise.all(top.map(metaOf));
  const keywords = metas.map((meta) => splitKeywords(meta['keywords']).map(nameKey));
  const byName = metas.findIndex((meta) => pageNames(meta).includes(key));
  const byKeyword = keywords.findIndex((list) => list.includes(key));
  if (byName >= 0 || byKeyword >= 0) return top[byName >= 0 ? byName : byKeyword];
  const asked = new Set(queryWords(term));
  const lengths = metas.map((meta, index) => longestContained(asked, [...pageNames(meta), ...keywords[index]!]));
  const longest = Math.max(0, ...lengths);
  return longest >= shortestContained ? top[lengths.indexOf(longest)] : undefined;
}

/**
 * Searches the query, its spelling corrected, as it is, and word by word when that finds nothing.
 * Unofficial codes come after registered ones of similar score unless the query names a code or
 * a vendor: each search runs a second time with the `status` filter, which tells the unofficial
 * pages apart without loading any page's data. A header line is re-ranked by its field
 * (favourRequiredField), and a page whose name or keyword is exactly the query comes first
 * (exactMatch). A query that names one status code puts that code's page first, as typing the
 * number alone does: in "Request failed with status code 404" the number says more than the
 * words around it.
 */
export async function relaxedSearch<R extends SearchResult, T extends SearchResponse<R>>(
  search: Search<T>,
  term: string,
  { metaOf = async () => ({}), lexicon = { vocabulary: [], vendors: [], headers: [] } }: RelaxedSearchOptions<R> = {},
): Promise<T> {
  const code = namedCode(term);
  const demoteUnofficial = !code && !namesVendor(term, lexicon.vendors);
  // The ids of the unofficial pages among a search's results: none asked for when nothing is demoted.
  const unofficialIds = async (text: string) => (demoteUnofficial ? (await search(text, unofficialOnly)).results.map((result) => result.id) : []);
  const corrected = await correctSpelling(search, term, lexicon.vocabulary);
  const [whole, wholeUnofficial, byCode] = await Promise.all([search(corrected), unofficialIds(corrected), code && code !== term.trim() ? search(code) : undefined]);
  let results = whole.results;
  let unofficial = wholeUnofficial;
  if (results.length === 0) {
    const words = queryWords(corrected).slice(0, searchedWordLimit);
    const relaxed = words.length > 1 || (words.length === 1 && words[0] !== corrected.trim().toLowerCase());
    if (relaxed) {
      const [byWord, unofficialByWord] = await Promise.all([Promise.all(words.map((word) => search(word))), Promise.all(words.map(unofficialIds))]);
      results = mergeByPage(byWord);
      unofficial = unofficialByWord.flat();
    }
  }
  // Looked for before any re-ranking: a page the query names exactly goes first, whatever its status.
  const exact = await exactMatch(corrected, results, metaOf);
  results = demote(results, new Set(unofficial), unofficialWeight);
  const field = headerLineField(term, lexicon.headers);
  if (field) results = await favourRequiredField(search, field, results, metaOf);
  if (exact) results = putFirst(results, exact);
  const first = byCode?.results[0];
  if (first && (await metaOf(first))['code'] === code) results = putFirst(results, first);
  return { ...whole, results };
}

/** A result of Pagefind's search(); data() loads its fragment. */
export type PagefindResult = SearchResult & {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; sub_results: { title: string; url: string; excerpt: string }[] }>;
};

/**
 * The site's search over a Pagefind search function: relaxedSearch, with the meta fields of
 * Pagefind's page data and the lexicon built into /search-client.js. The search box
 * (src/scripts/search-ui.ts) and the relevance suite (tests/search/relevance.ts) both call this,
 * so the suite measures what readers get.
 */
export function siteSearch(search: Search<SearchResponse<PagefindResult>>, term: string): Promise<SearchResponse<PagefindResult>> {
  return relaxedSearch<PagefindResult, SearchResponse<PagefindResult>>(search, term, {
    metaOf: (result) => result.data().then((data) => data.meta),
    lexicon: builtLexicon,
  });
}
