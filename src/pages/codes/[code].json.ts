import type { APIRoute, GetStaticPaths } from 'astro';
import { getCodes, type CodeEntry } from '../../lib/collections';
import { toCodeRecord } from '../../lib/code-records';

export const getStaticPaths = (async () => {
  const entries = await getCodes();
  return entries.map((entry) => ({ params: { code: String(entry.data.code) }, props: { entry } }));
}) satisfies GetStaticPaths;

/** One code's record, the same shape as an item of /codes.json. */
export const GET: APIRoute = ({ props, site }) => Response.json(toCodeRecord((props as { entry: CodeEntry }).entry.data, site));
