import { z } from 'astro/zod';

/**
 * Error options for a field: Zod's own words ("Required", "Too small") say neither what the field
 * holds nor what would be right, so every field states what it expects. The build prints the
 * message after the file name and the field path.
 */
export function expecting(what: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? `missing; expected ${what}` : `expected ${what}, got ${shown(issue.input)}`,
  };
}

function shown(input: unknown): string {
  const json = JSON.stringify(input) ?? String(input);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** A required string that must not be empty. */
export const text = (what: string) => z.string(expecting(what)).min(1, expecting(what));

export const httpsUrl = z.url({ protocol: /^https$/, ...expecting('an https:// URL') });
