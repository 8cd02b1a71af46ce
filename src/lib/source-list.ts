/**
 * The numbered sources of one data-driven section: each distinct URL once, numbered in order of
 * first use, so that a table cell carries a short mark and the list under the table the link.
 */
export function numberSources(urls: readonly string[]): { sources: string[]; numberOf: (url: string) => number } {
  const numbers = new Map<string, number>();
  for (const url of urls) if (!numbers.has(url)) numbers.set(url, numbers.size + 1);
  return {
    sources: [...numbers.keys()],
    numberOf: (url) => {
      const number = numbers.get(url);
      if (number === undefined) throw new Error(`source ${url} was not numbered; pass every URL of the section to numberSources`);
      return number;
    },
  };
}

/**
 * A short label for a source link: for a file on GitHub, the repository, the path, the lines and
 * the tag or commit it is pinned to; otherwise the host and path.
 */
export function sourceLabel(url: string): string {
  const parsed = new URL(url);
  const github = /^\/([^/]+\/[^/]+)\/blob\/([^/]+)\/(.+)$/.exec(parsed.pathname);
  if (parsed.hostname === 'github.com' && github) {
    const [, repository, ref, path] = github;
    const lines = /^#L(\d+)(?:-L(\d+))?$/.exec(parsed.hash);
    const at = /^[0-9a-f]{40}$/.test(ref!) ? ref!.slice(0, 10) : ref;
    const lineText = lines ? (lines[2] ? `, lines ${lines[1]}–${lines[2]}` : `, line ${lines[1]}`) : '';
    return `${repository} ${path}${lineText} (${at})`;
  }
  return `${parsed.hostname}${parsed.pathname === '/' ? '' : parsed.pathname}${parsed.hash}`;
}
