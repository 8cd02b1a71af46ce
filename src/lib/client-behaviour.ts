import { behaviours, type Client, type ClientBehaviourRow } from '../schemas/registry';
import type { StatusClassSlug } from './status-class';

/** The rows of one code, or of a whole class, ordered by client and then by behaviour. */
export interface ClientBehaviourLookup {
  /** Rows that name the code itself. */
  forCode: (code: number) => ClientBehaviourRow[];
  /** Rows that name a whole class ("4xx"). */
  forClass: (slug: StatusClassSlug) => ClientBehaviourRow[];
  /** Every row of one client. */
  forClient: (id: string) => ClientBehaviourRow[];
}

/** The list under a key, created on first use. */
function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * Rows indexed once by code, class and client, ordered by client as in content/registry/clients.yaml
 * and then by behaviour, so that each page costs only its own rows. A row naming an unknown client
 * fails with its file and line.
 */
export function clientBehaviourLookup(clients: readonly Client[], rows: readonly ClientBehaviourRow[]): ClientBehaviourLookup {
  const clientOrder = new Map(clients.map((client, index) => [client.id, index]));
  const order = (row: ClientBehaviourRow) => clientOrder.get(row.client)! * behaviours.length + behaviours.indexOf(row.behaviour);
  const byToken = new Map<string, ClientBehaviourRow[]>();
  const byClientId = new Map<string, ClientBehaviourRow[]>();
  for (const row of rows.toSorted((a, b) => order(a) - order(b))) {
    if (!clientOrder.has(row.client)) {
      throw new Error(`${row.id}: field "client" is "${row.client}"; expected one of ${[...clientOrder.keys()].join(', ')} (content/registry/clients.yaml)`);
    }
    for (const token of row.codes) listIn(byToken, token).push(row);
    listIn(byClientId, row.client).push(row);
  }
  return {
    forCode: (code) => byToken.get(String(code)) ?? [],
    forClass: (slug) => byToken.get(slug) ?? [],
    forClient: (id) => byClientId.get(id) ?? [],
  };
}

/**
 * A compact table of some rows: one line per client that has any, one column per behaviour that
 * any client shows, each cell the rows of that client and behaviour.
 */
export function behaviourTable(clients: readonly Client[], rows: readonly ClientBehaviourRow[]) {
  const columns = behaviours.filter((behaviour) => rows.some((row) => row.behaviour === behaviour));
  const lines = clients
    .map((client) => ({ client, cells: columns.map((behaviour) => rows.filter((row) => row.client === client.id && row.behaviour === behaviour)) }))
    .filter((line) => line.cells.some((cell) => cell.length > 0));
  return { columns, lines };
}

/** The anchor of a row on its client's page, /clients/<client>/#row-<n>, where its note and source are. */
export function rowAnchor(row: ClientBehaviourRow): string {
  return `row-${row.position}`;
}

/** How each behaviour is named in a table row. */
export const behaviourLabels: Record<(typeof behaviours)[number], string> = {
  follow: 'Follows',
  method: 'Method',
  body: 'Request body',
  retry: 'Retries',
  'retry-after': 'Retry-After',
  cache: 'Caching',
  credentials: 'Credentials',
  error: 'Error',
  interim: 'Interim response',
  navigate: 'Navigation',
};

export const redirectCodes = [301, 302, 303, 307, 308] as const;
const redirectBehaviours = ['method', 'body'] as const;

/** For the 3xx matrix: per client and redirect code, the method and body rows for a POST. */
export function redirectMatrix(clients: readonly Client[], rowsFor: (code: number) => ClientBehaviourRow[]) {
  return clients
    .map((client) => ({
      client,
      cells: redirectCodes.map((code) =>
        redirectBehaviours.flatMap((behaviour) => rowsFor(code).filter((row) => row.client === client.id && row.behaviour === behaviour)),
      ),
    }))
    .filter((line) => line.cells.some((cell) => cell.length > 0));
}
