/**
 * The numbers 100–599 that the IANA registry leaves unassigned, as ranges: the gaps between the
 * registered codes of each class. Derived from the registered codes (the entries that are not
 * unofficial, which the coverage test holds to the registry), never kept by hand.
 */
import { statusClasses } from './status-class';

export type CodeRange = readonly [from: number, to: number];

export function unassignedRanges(registered: readonly number[]): CodeRange[] {
  const assigned = new Set(registered);
  const ranges: CodeRange[] = [];
  for (const { digit } of statusClasses) {
    let start: number | undefined;
    for (let code = digit * 100; code <= digit * 100 + 99; code++) {
      if (!assigned.has(code)) start ??= code;
      else if (start !== undefined) {
        ranges.push([start, code - 1]);
        start = undefined;
      }
    }
    if (start !== undefined) ranges.push([start, digit * 100 + 99]);
  }
  return ranges;
}

/** The ranges as the not-found page's script reads them: "105-199,209-225,…", a single number alone. */
export function formatRanges(ranges: readonly CodeRange[]): string {
  return ranges.map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`)).join(',');
}
