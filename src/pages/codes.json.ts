import type { APIRoute } from 'astro';
import { getCodeNames, getCodes } from '../lib/collections';
import { toCodeRecord } from '../lib/code-records';

/** The machine-readable index of every code (README, "Linking to these pages"). */
export const GET: APIRoute = async ({ site }) => {
  const entries = await getCodes();
  const records = await Promise.all(entries.map(async (entry) => toCodeRecord(entry.data, site, await getCodeNames(entry.data.code))));
  return Response.json(records);
};
