import { unpackLexicon, type PackedLexicon, type SearchLexicon } from './search-lexicon';

/** Replaced by the build's lexicon when esbuild writes /search-client.js (its `define`, src/integrations/search-client.ts). */
declare const SEARCH_LEXICON: PackedLexicon | undefined;

/** The site's lexicon in /search-client.js; empty where this module is loaded unbundled (unit tests), so search runs uncorrected there. */
export const builtLexicon: SearchLexicon = unpackLexicon(typeof SEARCH_LEXICON === 'undefined' ? { vocabulary: '', vendors: '', headers: '' } : SEARCH_LEXICON);
