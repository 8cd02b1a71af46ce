/**
 * Every URL the site prints is built here. The path forms are a public contract
 * (README, "Linking to these pages"): /codes/<code>/, /codes/<n>xx/, /search/?q=.
 */

/** The deployment base ("/" or "/docs/http/"), always with one trailing slash. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

// import.meta.env exists under Vite (the site, Vitest); build hooks run in plain Node.
const siteBase = normalizeBase(import.meta.env?.BASE_URL ?? '/');

/** A path inside the site, prefixed with the deployment base. */
export function sitePath(path = '', base = siteBase): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

export function codePath(code: number, base = siteBase): string {
  return sitePath(`codes/${code}/`, base);
}

/** A code's record as JSON, /codes/<code>.json (README, "Linking to these pages"). */
export function codeJsonPath(code: number, base = siteBase): string {
  return sitePath(`codes/${code}.json`, base);
}

export function classPath(slug: string, base = siteBase): string {
  return sitePath(`codes/${slug}/`, base);
}

/** The cheat sheet of one ecosystem's names, /in/<ecosystem>/. */
export function ecosystemPath(id: string, base = siteBase): string {
  return sitePath(`in/${id}/`, base);
}

/** What one HTTP client does by itself with each code, /clients/<client>/. */
export function clientPath(id: string, base = siteBase): string {
  return sitePath(`clients/${id}/`, base);
}

export function grpcPath(base = siteBase): string {
  return sitePath('grpc/', base);
}

export function searchPath(query?: string, base = siteBase): string {
  const path = sitePath('search/', base);
  return query ? `${path}?q=${encodeURIComponent(query)}` : path;
}

/** A `Link` header field pointing at a page that explains the response (RFC 8288, relation type "help"). */
export function helpLinkHeader(url: string): string {
  return `Link: <${url}>; rel="help"`;
}

/** An absolute URL when the site URL is known, else the path itself. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}
