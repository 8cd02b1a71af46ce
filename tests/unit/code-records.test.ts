import { describe, expect, it } from 'vitest';
import { toCodeRecord } from '../../src/lib/code-records';
import { codeSchema } from '../../src/schemas/code';
import { codeRecordSchema } from '../../src/schemas/code-record';

const data = codeSchema.parse({
  code: 413,
  title: 'Content Too Large',
  summary: 'The request content is larger than the server will process.',
  status: 'standard',
  formerNames: ['Payload Too Large'],
  spec: [{ document: 'RFC 9110', section: '15.5.14', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14' }],
  cacheable: false,
  bodyAllowed: true,
});

describe('toCodeRecord', () => {
  it('derives the class and builds an absolute url when the site is known', () => {
    const record = toCodeRecord(data, new URL('https://status.example'));
    expect(record.class).toBe('4xx');
    expect(record.url).toBe('https://status.example/codes/413/');
    expect(codeRecordSchema.parse(record)).toEqual(record);
  });

  it('falls back to a path without a site URL', () => {
    expect(toCodeRecord(data, undefined).url).toBe('/codes/413/');
  });

  it('the record schema rejects a url that is not a code page', () => {
    expect(codeRecordSchema.safeParse({ ...toCodeRecord(data, undefined), url: '/elsewhere/' }).success).toBe(false);
  });
});
