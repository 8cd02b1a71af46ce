import type { CodeEntryData } from '../schemas/code';

/** Badge text for every status but `standard`, which needs no badge. */
export const statusLabels: Record<Exclude<CodeEntryData['status'], 'standard'>, string> = {
  reserved: 'Reserved for future use',
  unused: 'Unused',
  deprecated: 'Deprecated',
  obsoleted: 'Obsoleted',
  temporary: 'Temporary registration',
  unofficial: 'Unofficial: not registered with IANA',
};

export function statusLabel(status: CodeEntryData['status']): string | undefined {
  return status === 'standard' ? undefined : statusLabels[status];
}
