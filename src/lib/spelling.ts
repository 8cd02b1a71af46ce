/**
 * Spelling correction against the site's own vocabulary (src/lib/search-lexicon.ts): "forbiden"
 * is one edit from "forbidden", "gatway" one from "gateway". Part of /search-client.js.
 *
 * Libraries weighed: fastest-levenshtein and js-levenshtein count a swap of two letters
 * ("requets", "confilct") as two edits; damerau-levenshtein (CommonJS, untyped) fills a matrix as
 * large as its limit and gives up past four edits on the diagonal. The function below is the
 * textbook two-row recurrence with the transposition step, about 20 lines.
 */

/**
 * The optimal string alignment distance (Damerau–Levenshtein where no letter is edited twice):
 * insertions, deletions, substitutions and swaps of two adjacent letters each count one.
 * Returns `max + 1` for anything farther than `max`, without computing it when the lengths
 * alone say so.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      let distance = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, beforePrevious[j - 2]! + 1);
      current[j] = distance;
    }
    beforePrevious = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** Shorter words are neither corrected nor a correction: one edit turns them into too many other words. */
export const shortestCorrected = 4;

/** How many edits a word may be from its correction: one, or two from eight letters up, where a second slip is likelier and a wrong match rarer. */
export function allowedEdits(word: string): number {
  return word.length >= 8 ? 2 : 1;
}

/**
 * The vocabulary word nearest to `word` within its allowed edits, or undefined. On a tie the
 * word earlier in the vocabulary wins, so the vocabulary's order (most frequent first, then
 * alphabetical) settles it the same way every time.
 */
export function nearestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const max = allowedEdits(word);
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabulary) {
    const distance = editDistance(word, candidate, max);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}
