import type { CodeEntryData } from '../schemas/code';
import type { CodeRecord } from '../schemas/code-record';
import { getStatusClass } from './status-class';
import type { CodeName } from './constants';
import type { Ecosystem } from '../schemas/registry';
import { absoluteUrl, codePath } from './urls';

/** A code's names per ecosystem, as getCodeNames gives them. */
export type NamesByEcosystem = { ecosystem: Ecosystem; names: CodeName[] }[];

export function toCodeRecord(data: CodeEntryData, site: URL | undefined, namesByEcosystem: NamesByEcosystem): CodeRecord {
  return {
    code: data.code,
    title: data.title,
    class: getStatusClass(data.code).slug,
    status: data.status,
    summary: data.summary,
    formerNames: data.formerNames,
    url: absoluteUrl(codePath(data.code), site),
    spec: data.spec,
    constants: Object.fromEntries(namesByEcosystem.map(({ ecosystem, names }) => [ecosystem.id, names.map(({ sources: _sources, member: _member, ...name }) => name)])),
  };
}
