import type { CodeEntryData } from '../schemas/code';
import { getStatusClass } from './status-class';
import { absoluteUrl, codePath } from './urls';

/** The public JSON shape of one code, documented in the README; add fields, never rename them. */
export interface CodeRecord {
  code: number;
  title: string;
  class: string;
  status: CodeEntryData['status'];
  summary: string;
  formerNames: string[];
  url: string;
  spec: CodeEntryData['spec'];
}

export function toCodeRecord(data: CodeEntryData, site: URL | undefined, base?: string): CodeRecord {
  return {
    code: data.code,
    title: data.title,
    class: getStatusClass(data.code).slug,
    status: data.status,
    summary: data.summary,
    formerNames: data.formerNames,
    url: absoluteUrl(codePath(data.code, base), site),
    spec: data.spec,
  };
}
