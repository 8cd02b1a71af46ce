/**
 * Pagefind ranking, tuned with the relevance suite (npm run bench:search, tests/search/).
 * The search client (src/scripts/search-client.ts) bundles it; the suite uses the same.
 * Measured on 139 queries: this setting gave the best hit@1 of those tried (see docs/search.md).
 */
export const searchRanking = {
  // Meta fields (CodeLayout, ClassLayout): a query naming a code's number, reason phrase, former name or a
  // keyword lands on that page rather than on a longer page that mentions it in passing.
  metaWeights: { code: 20, title: 30, aliases: 15, keywords: 15, classname: 30, names: 10, headers: 10 },
  // Class pages are long; a full length penalty buried them under code pages.
  pageLength: 0.1,
};

/**
 * The factor on the score of an unofficial code's page for a query that names no code and no
 * vendor (src/lib/relaxed-search.ts): for generic words ("not logged in", "request timed out")
 * the registered code is the answer, and a vendor's code with those words in its title comes
 * after it. The middle of the plateau the suite's tuning half showed (0.2 to 0.5, docs/search.md).
 */
export const unofficialWeight = 0.3;
