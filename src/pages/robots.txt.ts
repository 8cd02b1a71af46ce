import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${absoluteUrl(sitePath('sitemap-index.xml'), site)}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
