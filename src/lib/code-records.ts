import type { CodeEntryData } from '../schemas/code';
import type { CodeRecord } from '../schemas/code-record';
import { getStatusClass } from './status-class';
import { absoluteUrl, codePath } from './urls';

export function toCodeRecord(data: CodeEntryData, site: URL | undefined): CodeRecord {
  return {
    code: data.code,
    title: data.title,
    class: getStatusClass(data.code).slug,
    status: data.status,
    summary: data.summary,
    formerNames: data.formerNames,
    url: absoluteUrl(codePath(data.code), site),
    spec: data.spec,
  };
}
