import { isNoName, type ConstantRow, type Ecosystem } from '../schemas/registry';

/** One name of a code in one ecosystem, as the pages show it. */
export interface CodeName {
  /** As written in code, e.g. "HTTPStatus.CONTENT_TOO_LARGE". */
  name: string;
  /** The member alone, e.g. "CONTENT_TOO_LARGE": what people paste from an error or a diff. */
  member: string;
  /** The release that introduced it, when later than the ecosystem's first. */
  since?: string;
  deprecated?: string;
  removed?: string;
  /** Where the versions can be checked. */
  sources?: string[];
}

/**
 * The versions of a name in words, each with the source that shows it, e.g. "since 3.13" and
 * "deprecated in 6.1": a row gives one source for all its versions or one per version, in order.
 */
export function historyLinks(name: CodeName): { text: string; source: string }[] {
  const parts = [name.since && `since ${name.since}`, name.deprecated && `deprecated in ${name.deprecated}`, name.removed && `removed in ${name.removed}`].filter(
    (part): part is string => Boolean(part),
  );
  const sources = name.sources ?? [];
  if (sources.length === parts.length) return parts.map((text, index) => ({ text, source: sources[index]! }));
  return sources.length === 1 ? [{ text: parts.join(', '), source: sources[0]! }] : [];
}

/** The names of one code in one ecosystem: current names first, then deprecated, then removed ones. None means the ecosystem has no name. */
export function codeNames(ecosystem: Ecosystem, rows: readonly ConstantRow[]): CodeName[] {
  const rank = (row: ConstantRow) => (row.removed ? 2 : row.deprecated ? 1 : 0);
  return rows
    .filter((row) => !isNoName(row))
    .toSorted((a, b) => rank(a) - rank(b))
    .map(({ name, since, deprecated, removed, source }) => ({
      name: ecosystem.usage.replace('{name}', name),
      member: name,
      ...(since && { since }),
      ...(deprecated && { deprecated }),
      ...(removed && { removed }),
      ...(source && { sources: source }),
    }));
}

/** Every way a code's names are written, qualified and bare, once each, for the search index. */
export function searchableNames(names: readonly CodeName[]): string[] {
  return [...new Set(names.flatMap((name) => [name.name, name.member]))];
}

/**
 * Rows grouped by code, then by ecosystem in the order of content/registry/ecosystems.yaml.
 * A row naming an unknown ecosystem fails with its file and line.
 */
export function groupConstants(ecosystems: readonly Ecosystem[], rows: readonly ConstantRow[]): Map<number, Map<string, ConstantRow[]>> {
  const known = new Set(ecosystems.map((ecosystem) => ecosystem.id));
  const byCode = new Map<number, Map<string, ConstantRow[]>>();
  for (const row of rows) {
    if (!known.has(row.ecosystem)) {
      throw new Error(`${row.id}: field "ecosystem" is "${row.ecosystem}"; expected one of ${[...known].join(', ')} (content/registry/ecosystems.yaml)`);
    }
    let byEcosystem = byCode.get(row.code);
    if (!byEcosystem) {
      byEcosystem = new Map(ecosystems.map((ecosystem) => [ecosystem.id, []]));
      byCode.set(row.code, byEcosystem);
    }
    byEcosystem.get(row.ecosystem)!.push(row);
  }
  return byCode;
}
