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

const python = {
  position: 0,
  id: 'python',
  name: 'Python',
  api: 'http.HTTPStatus',
  usage: 'HTTPStatus.{name}',
  version: '3.14.0',
  source: 'https://github.com/python/cpython/blob/v3.14.0/Lib/http/__init__.py',
  baseline: '3.5',
};
const go = { ...python, id: 'go', name: 'Go', api: 'net/http', usage: 'http.{name}' };
const names = [
  {
    ecosystem: python,
    names: [
      { name: 'HTTPStatus.CONTENT_TOO_LARGE', member: 'CONTENT_TOO_LARGE', since: '3.13', sources: ['https://docs.python.org/3/library/http.html'] },
      { name: 'HTTPStatus.REQUEST_ENTITY_TOO_LARGE', member: 'REQUEST_ENTITY_TOO_LARGE' },
    ],
  },
  { ecosystem: go, names: [] },
];

describe('toCodeRecord', () => {
  it('lists the names per ecosystem with their versions, an empty list where there is none', () => {
    expect(toCodeRecord(data, undefined, names).constants).toEqual({
      python: [{ name: 'HTTPStatus.CONTENT_TOO_LARGE', since: '3.13' }, { name: 'HTTPStatus.REQUEST_ENTITY_TOO_LARGE' }],
      go: [],
    });
  });

  it('derives the class and builds an absolute url when the site is known', () => {
    const record = toCodeRecord(data, new URL('https://status.example'), names);
    expect(record.class).toBe('4xx');
    expect(record.url).toBe('https://status.example/codes/413/');
    expect(codeRecordSchema.parse(record)).toEqual(record);
  });

  it('falls back to a path without a site URL', () => {
    expect(toCodeRecord(data, undefined, names).url).toBe('/codes/413/');
  });

  it('the record schema rejects a url that is not a code page', () => {
    expect(codeRecordSchema.safeParse({ ...toCodeRecord(data, undefined, names), url: '/elsewhere/' }).success).toBe(false);
  });
});
