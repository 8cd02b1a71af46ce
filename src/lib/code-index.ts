import { getStatusClass, statusClasses, type StatusClass } from './status-class';

/** The part of a code entry that grouping and navigation need; a collection entry fits it. */
export interface CodeLike {
  data: { code: number; status: string; related: number[] };
}

export interface ClassGroup<T extends CodeLike> {
  statusClass: StatusClass;
  registered: T[];
  unofficial: T[];
}

export function sortByCode<T extends CodeLike>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.data.code - b.data.code);
}

/** Groups entries by class, registered codes apart from unofficial ones, each in code order. */
export function groupByClass<T extends CodeLike>(entries: readonly T[]): ClassGroup<T>[] {
  const sorted = sortByCode(entries);
  return statusClasses.map((statusClass) => {
    const inClass = sorted.filter((entry) => getStatusClass(entry.data.code) === statusClass);
    return {
      statusClass,
      registered: inClass.filter((entry) => entry.data.status !== 'unofficial'),
      unofficial: inClass.filter((entry) => entry.data.status === 'unofficial'),
    };
  });
}

/**
 * A lookup of the entries before and after each code in code order, for previous/next links.
 * Built once, so that asking for every page stays linear in the number of entries.
 */
export function neighbourLookup<T extends CodeLike>(sorted: readonly T[]): (code: number) => { previous: T | undefined; next: T | undefined } {
  const positions = new Map(sorted.map((entry, index) => [entry.data.code, index]));
  return (code) => {
    const index = positions.get(code);
    if (index === undefined) throw new Error(`no entry for code ${code}`);
    return { previous: sorted[index - 1], next: sorted[index + 1] };
  };
}

/**
 * Problems the schema cannot see because they span entries: duplicate codes and `related`
 * codes without a page. Each message names the file, the field and what was expected.
 */
export function crossEntryProblems<T extends CodeLike & { filePath?: string | undefined }>(entries: readonly T[]): string[] {
  const problems: string[] = [];
  const byCode = new Map<number, T>();
  for (const entry of entries) {
    const twin = byCode.get(entry.data.code);
    if (twin) {
      problems.push(`${entry.filePath}: field "code": ${entry.data.code} is also the code of ${twin.filePath}; expected each code once`);
    }
    byCode.set(entry.data.code, entry);
  }
  for (const entry of entries) {
    for (const related of entry.data.related) {
      if (!byCode.has(related)) {
        problems.push(`${entry.filePath}: field "related": ${related} has no page; expected a code from content/codes/`);
      }
    }
  }
  return problems;
}
