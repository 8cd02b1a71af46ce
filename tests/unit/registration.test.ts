import { describe, expect, it } from 'vitest';
import { lapsedRegistrationWarnings } from '../../src/lib/registration';

const registration = { registered: '2024-11-13', extended: ['2025-09-15'], expires: '2026-11-13', checked: '2026-01-10' };

describe('lapsedRegistrationWarnings', () => {
  it('warns once the expiry date has passed since the last check, naming the file and field', () => {
    expect(lapsedRegistrationWarnings([{ code: 104, registration }], '2026-11-13')).toEqual([
      expect.stringMatching(/^content\/codes\/104\.mdx: registration: .*expiry date 2026-11-13 has passed since it was checked on 2026-01-10/),
    ]);
  });

  it('stays quiet before the expiry date, after a check made since, and for codes without a registration', () => {
    expect(lapsedRegistrationWarnings([{ code: 104, registration }], '2026-11-12')).toEqual([]);
    expect(lapsedRegistrationWarnings([{ code: 104, registration: { ...registration, checked: '2026-11-30' } }], '2027-05-01')).toEqual([]);
    expect(lapsedRegistrationWarnings([{ code: 200 }], '2027-05-01')).toEqual([]);
  });
});
