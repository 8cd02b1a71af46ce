/**
 * Bad content fails the build: for each kind of defect, the real site is built from a copy of
 * content/ with that one defect, and the build must exit non-zero with a message that names the
 * file, the field and what was expected.
 *
 * Each build runs in a temporary copy of the project (tests/build/project.ts).
 *
 * Run with `npm run test:build` (vitest.build.config.ts: two builds at a time, 120 s each).
 */
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, makeProject, projectRoot, removeProject } from './project';

/** Rewrites one content file; fails loudly when the text to replace is not there. */
function edit(path: string, from: string | RegExp, to: string): void {
  const source = readFileSync(path, 'utf8');
  const changed = source.replace(from, to);
  if (changed === source) throw new Error(`the defect could not be written: ${String(from)} is not in ${path}`);
  writeFileSync(path, changed);
}

/** A code from 100–599 without a page, so that "code" can point at it without meeting a twin. */
const codesWithPages = new Set(readdirSync(join(projectRoot, 'content', 'codes')).map((file) => file.replace(/\.mdx$/, '')));
const codeWithoutPage = Array.from({ length: 500 }, (_, index) => String(100 + index)).find((code) => !codesWithPages.has(code))!;

interface BadContentCase {
  name: string;
  /** Writes the one defect into the copied content folder. */
  defect: (content: string) => void;
  /** Substrings of the build output: the file, the field and what was expected. */
  expected: string[];
}

const entry = (content: string, code = '404') => join(content, 'codes', `${code}.mdx`);

const cases: BadContentCase[] = [
  {
    name: '1. a missing required field (no summary)',
    defect: (content) => edit(entry(content), /^summary: .*\n/m, ''),
    expected: ['content/codes/404.mdx', 'summary: missing; expected one sentence of 1 to 160 characters'],
  },
  {
    name: '1. an empty required field (title: "")',
    defect: (content) => edit(entry(content), /^title: .*$/m, 'title: ""'),
    expected: ['content/codes/404.mdx', 'title: expected a non-empty reason phrase, e.g. "Not Found", got ""'],
  },
  {
    name: '2. a code that is out of range (999)',
    defect: (content) => edit(entry(content), /^code: 404$/m, 'code: 999'),
    expected: ['content/codes/404.mdx: field "code" is 999; expected an integer from 100 to 599'],
  },
  {
    name: '2. a code that is not a number ("abc")',
    defect: (content) => edit(entry(content), /^code: 404$/m, 'code: "abc"'),
    expected: ['content/codes/404.mdx: field "code" is "abc"; expected an integer from 100 to 599'],
  },
  {
    name: '3. two entries with the same code (404.mdx and copy.mdx)',
    defect: (content) => cpSync(entry(content), join(content, 'codes', 'copy.mdx')),
    expected: ['content/codes/copy.mdx: field "code" is 404, the same code as ', 'content/codes/404.mdx; expected each code in one file only'],
  },
  {
    name: '4. a file name that disagrees with code',
    defect: (content) => edit(entry(content), /^code: 404$/m, `code: ${codeWithoutPage}`),
    expected: [
      `content/codes/404.mdx: field "code" is ${codeWithoutPage} but the file is named 404.mdx; expected the file name and "code" to agree (${codeWithoutPage}.mdx)`,
    ],
  },
  {
    name: '5. a related code without a page',
    defect: (content) => edit(entry(content), /^related: \[/m, `related: [${codeWithoutPage}, `),
    expected: [`content/codes/404.mdx: field "related": ${codeWithoutPage} has no page; expected a code from content/codes/`],
  },
  {
    name: '6. unterminated frontmatter',
    defect: (content) => edit(entry(content), /^---\n\n<Section/m, '\n<Section'),
    expected: ['content/codes/404.mdx: frontmatter is not closed; expected a closing "---" line after the last field'],
  },
  {
    name: '7. an MDX syntax error (a section that is never closed)',
    // The last section's closing tag; the source list may follow it.
    defect: (content) => edit(entry(content), /<\/Section>(?![\s\S]*<\/Section>)/, ''),
    // Astro's own parser message, with the file and the place in it.
    expected: ['content/codes/404.mdx:', 'Expected a closing tag for `<Section>`'],
  },
  {
    name: '8. a body link to a page that does not exist',
    defect: (content) => appendFileSync(entry(content), '\nSee [x](/codes/999/).\n'),
    expected: [
      'content/codes/404.mdx: link "/codes/999/" in the body: no page or anchor at that URL; expected an existing /codes/<code>/ page or a section id',
    ],
  },
  {
    name: '8. a body link to an anchor that does not exist',
    defect: (content) => appendFileSync(entry(content), '\nSee [x](/codes/404/#nosuch).\n'),
    expected: [
      'content/codes/404.mdx: link "/codes/404/#nosuch" in the body: no page or anchor at that URL; expected an existing /codes/<code>/ page or a section id',
    ],
  },
  {
    name: '9. a spec URL that is not https',
    defect: (content) => edit(entry(content), 'url: https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5', 'url: http://www.rfc-editor.org/rfc/rfc9110#section-15.5.5'),
    expected: ['content/codes/404.mdx', 'spec.0.url: expected an https:// URL, got "http://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"'],
  },
  {
    name: '10. a registry row whose code is not a number (content/registry/constants.csv)',
    defect: (content) => edit(join(content, 'registry', 'constants.csv'), /^python,100,/m, 'python,abc,'),
    expected: ['content/registry/constants.csv:2', 'code', 'expected an integer from 100 to 599'],
  },
  {
    name: '10. a registry table that is not valid CSV (content/registry/client-behaviour.csv)',
    defect: (content) => appendFileSync(join(content, 'registry', 'client-behaviour.csv'), 'curl,301,follow\n'),
    expected: ['content/registry/client-behaviour.csv', 'Invalid Record Length'],
  },
];

describe.concurrent('bad content fails the build', () => {
  it.each(cases)('$name', async ({ defect, expected }) => {
    const project = makeProject();
    try {
      defect(project.content);
      const { exitCode, output } = await build(project);
      expect(exitCode, `the build should fail; its output:\n${output.slice(-3000)}`).not.toBe(0);
      for (const text of expected) expect(output).toContain(text);
    } finally {
      removeProject(project);
    }
  });

  it('builds the unchanged content, so that the failures above come from the defects', async () => {
    const project = makeProject();
    try {
      const { exitCode, output } = await build(project);
      expect(exitCode, output.slice(-3000)).toBe(0);
      expect(existsSync(join(project.root, 'dist', 'codes', '404', 'index.html'))).toBe(true);
      expect(output).toMatch(/\[statuscodes:post-build\] every internal link on \d+ pages reaches a page and anchor/);
    } finally {
      removeProject(project);
    }
  });
});
