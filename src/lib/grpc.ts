import type { GrpcFromHttpRow, GrpcToHttpRow } from '../schemas/registry';

export interface GrpcMapping {
  /** gRPC codes that google.rpc.Code maps to this HTTP code. */
  toThisCode: GrpcToHttpRow[];
  /** What gRPC's table makes of this HTTP code when a response has no grpc-status. */
  fromThisCode: GrpcFromHttpRow & { catchAll: boolean };
}

/**
 * Both official tables as seen from one HTTP code, or undefined when neither names it. The two
 * are not inverses: gRPC's table reads the HTTP status of a response from an intermediary, and
 * google.rpc.Code says which HTTP status an API should send for a gRPC code.
 */
export function grpcMappingLookup(toHttp: readonly GrpcToHttpRow[], fromHttp: readonly GrpcFromHttpRow[]): (code: number) => GrpcMapping | undefined {
  const catchAll = fromHttp.find((row) => row.http === 'other');
  if (!catchAll) throw new Error('content/registry/grpc-from-http.csv: no row for "other"; expected the table\'s row for all other codes');
  const fromByCode = new Map(fromHttp.filter((row) => row.http !== 'other').map((row) => [row.http as number, row]));
  return (code) => {
    const toThisCode = toHttp.filter((row) => row.http === code);
    const from = fromByCode.get(code);
    if (toThisCode.length === 0 && !from) return undefined;
    return { toThisCode, fromThisCode: from ? { ...from, catchAll: false } : { ...catchAll, catchAll: true } };
  };
}
