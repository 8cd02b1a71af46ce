import { describe, expect, it } from 'vitest';
import { codeSchema } from '../../src/schemas/code';
import { validEntry } from '../support/valid-entry';

const valid = validEntry;

const issuePaths = (input: unknown) => codeSchema.safeParse(input).error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('code schema', () => {
  it('accepts a valid entry and fills defaults', () => {
    const parsed = codeSchema.parse(valid);
    expect(parsed.formerNames).toEqual([]);
    expect(parsed.related).toEqual([]);
  });

  it.each([
    ['a code above 599', { code: 999 }, 'code'],
    ['a code that is a string', { code: 'abc' }, 'code'],
    ['a fractional code', { code: 404.5 }, 'code'],
    ['an empty title', { title: '' }, 'title'],
    ['a summary over 160 characters', { summary: 'x'.repeat(161) }, 'summary'],
    ['an unknown status', { status: 'retired' }, 'status'],
    ['a spec URL that is not https', { spec: [{ ...valid.spec[0], url: 'http://www.rfc-editor.org/rfc/rfc9110' }] }, 'spec.0.url'],
    ['a header rule with a made-up level', { headers: [{ name: 'Allow', level: 'OUGHT', rule: 'x' }] }, 'headers.0.level'],
    ['an unknown field', { colour: 'red' }, ''],
    ['a registered code without spec', { spec: [] }, 'spec'],
    ['a registered code with vendors', { vendors: [{ name: 'nginx' }] }, 'vendors'],
    ['an unofficial code without vendors', { status: 'unofficial' }, 'vendors'],
    ['a temporary code without registration dates', { status: 'temporary' }, 'registration'],
    ['registration dates on a standard code', { registration: { registered: '2024-11-13', expires: '2026-11-13', checked: '2026-11-30' } }, 'registration'],
    ['a registration date that is not YYYY-MM-DD', { status: 'temporary', registration: { registered: '13 Nov 2024', expires: '2026-11-13', checked: '2026-11-30' } }, 'registration.registered'],
  ])('rejects %s', (_label, change, path) => {
    expect(issuePaths({ ...valid, ...change })).toContain(path);
  });

  it.each(['title', 'summary', 'status', 'cacheable', 'bodyAllowed', 'code'])('requires %s', (field) => {
    const { [field as keyof typeof valid]: _omitted, ...rest } = valid;
    expect(issuePaths(rest)).toContain(field);
  });
});
