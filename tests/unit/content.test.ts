import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/schemas/code';
import { bodySectionIds } from '../../src/lib/sections';
import { readEntryFiles } from '../support/entry-files';

const entries = readEntryFiles();

/** Splits an example block into its request and response messages and checks each Content-Length. */
function checkExample(block: string): string[] {
  const problems: string[] = [];
  const messages = block.split(/\n(?=HTTP\/\d(?:\.\d)? \d{3})/);
  if (!/^[A-Z]+ \S+ HTTP\/\d(\.\d)?\n/.test(messages[0] ?? '')) problems.push('the example must start with a request line');
  if (messages.length < 2) problems.push('the example needs a response status line after the request');
  for (const message of messages) {
    const [head = '', ...rest] = message.replace(/\n+$/, '').split('\n\n');
    const body = rest.join('\n\n');
    for (const line of head.split('\n').slice(1)) {
      if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+: .*\S$/.test(line)) problems.push(`not a header field line: "${line}"`);
    }
    const length = /^Content-Length: (\d+)$/m.exec(head);
    // A client that sends Expect: 100-continue withholds the body until the server agrees.
    const bodyWithheld = /^Expect: 100-continue$/im.test(head) && body === '';
    if (length && !bodyWithheld && Number(length[1]) !== Buffer.byteLength(body)) {
      problems.push(`Content-Length ${length[1]} but the body has ${Buffer.byteLength(body)} bytes in "${head.split('\n')[0]}"`);
    }
  }
  return problems;
}

describe.each(entries.map((entry) => [entry.fileName, entry] as const))('%s', (fileName, entry) => {
  it('matches the schema', () => {
    const result = codeSchema.safeParse(entry.frontmatter);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('has a code equal to its file name', () => {
    expect(`${(entry.frontmatter as { code: unknown }).code}.mdx`).toBe(fileName);
  });

  it('writes every body section once, in page order', () => {
    const ids = [...entry.body.matchAll(/<Section id="([a-z]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual(bodySectionIds);
  });

  it('gives an example that is a valid HTTP exchange', () => {
    const block = /<Section id="example">[\s\S]*?```http\n([\s\S]*?)```/.exec(entry.body);
    expect(block, 'an ```http block in the example section').not.toBeNull();
    expect(checkExample(block![1]!)).toEqual([]);
  });
});
