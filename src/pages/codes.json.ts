import type { APIRoute } from 'astro';
import { getCodes } from '../lib/collections';
import { toCodeRecord } from '../lib/code-records';

/** The machine-readable index of every code (README, "Linking to these pages"). */
export const GET: APIRoute = async ({ site }) => {
  const entries = await getCodes();
  return Response.json(entries.map((entry) => toCodeRecord(entry.data, site)));
};
