/**
 * What search knows of the site besides the index, taken at build time from the meta fields
 * Pagefind read off the pages (src/integrations/pagefind.ts) and built into /search-client.js
 * (src/integrations/search-client.ts, src/lib/built-lexicon.ts): the words spelling is corrected
 * towards, the vendors of unofficial codes, and the header fields codes require. What the index holds, never a list
 * typed by hand.
 */
import { splitHeaders, splitNames } from './search-meta';
import { shortestCorrected } from './spelling';

export interface SearchLexicon {
  /**
   * The words of the names of codes and classes: reason phrases, common and former names, class
   * names. Most frequent first, then alphabetical, so that the first of two equally near words is
   * the likelier one.
   */
  vocabulary: string[];
  /**
   * The brands of the vendors of unofficial codes ("nginx", "cloudflare", "aws"): the first word of
   * each vendor's name, which the content gives as "Cloudflare (logs)" or "AWS Elastic Load
   * Balancing". The rest of a name is too generic to tell a vendor ("api", "load", "cloud").
   */
  vendors: string[];
  /** The header fields some code's rules require or recommend (the `headers` meta field), lowercase. */
  headers: string[];
}

/** Meta fields that hold a name: `title` and `aliases` (common and former names) of code pages, `title` and `classname` of class pages. */
const nameFields = ['title', 'aliases', 'classname'];

/**
 * The names in a page's name fields, lowercase, without the code number that starts a code page's
 * title or a note in parentheses ("496 (no reason phrase)" names nothing).
 */
function namesOf(meta: Record<string, string>): string[] {
  return nameFields
    .flatMap((field) => splitNames(meta[field]))
    .map((name) => name.replace(/^\d+\s+|\(.*?\)/g, '').trim().toLowerCase())
    .filter(Boolean);
}

/** The lexicon of the pages about a code or a class, from each indexed page's meta fields. */
export function searchLexicon(pageMetas: readonly Record<string, string>[]): SearchLexicon {
  const counts = new Map<string, number>();
  const vendors = new Set<string>();
  const headers = new Set<string>();
  for (const meta of pageMetas) {
    if (meta['code'] === undefined && meta['classname'] === undefined) continue;
    for (const field of splitHeaders(meta['headers'])) headers.add(field);
    for (const name of namesOf(meta)) {
      for (const word of name.match(/\p{L}+/gu) ?? []) {
        if (word.length >= shortestCorrected) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    // Only unofficial codes have vendors (src/schemas/code.ts).
    for (const vendor of splitNames(meta['vendors'])) vendors.add(vendor.toLowerCase().split(/[\s(]/)[0]!);
  }
  const vocabulary = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : 1)).map(([word]) => word);
  return { vocabulary, vendors: [...vendors].sort(), headers: [...headers].sort() };
}

/** A lexicon as built into /search-client.js: each list one string, its items joined by `|`, the smallest form. */
export type PackedLexicon = Record<keyof SearchLexicon, string>;

const separator = '|';

export function packLexicon(lexicon: SearchLexicon): PackedLexicon {
  const pack = (list: string[]) => {
    const clash = list.find((item) => item.includes(separator));
    if (clash !== undefined) throw new Error(`search lexicon: "${clash}" holds the separator "${separator}"`);
    return list.join(separator);
  };
  return { vocabulary: pack(lexicon.vocabulary), vendors: pack(lexicon.vendors), headers: pack(lexicon.headers) };
}

export function unpackLexicon(packed: PackedLexicon): SearchLexicon {
  const unpack = (list: string) => (list ? list.split(separator) : []);
  return { vocabulary: unpack(packed.vocabulary), vendors: unpack(packed.vendors), headers: unpack(packed.headers) };
}
