/**
 * Checks the internal links of a built site: every href that stays on the site must reach a
 * built file, and its #fragment an id on that page. Pure functions over strings, so that the
 * build integration (src/integrations/internal-links.ts) only reads files and reports.
 *
 * Pages are read with htmlparser2, which decodes attribute values and reads script and style
 * contents as text (the Pagefind result template lives in a <script> and holds placeholder hrefs).
 */
import { Parser } from 'htmlparser2';
import { normalizeBase } from './urls';

/** The ids a page defines and the hrefs it links to, in document order. */
export interface PageLinks {
  ids: Set<string>;
  hrefs: string[];
}

/** A page of the output: its path inside the output folder ("codes/404/index.html") and its links. */
export interface BuiltPage extends PageLinks {
  file: string;
}

export interface BrokenLink {
  /** The page that holds the link, as a path inside the output folder. */
  file: string;
  href: string;
}

/** The ids (and old-style <a name> anchors) and hrefs of one HTML page. */
export function collectLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const hrefs: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (attributes['id']) ids.add(attributes['id']);
      if (name === 'a' && attributes['name']) ids.add(attributes['name']);
      if (attributes['href'] !== undefined) hrefs.push(attributes['href'].trim());
    },
  });
  parser.end(html);
  return { ids, hrefs };
}

/** The URL path a built file is served at, e.g. "codes/404/index.html" → "/docs/http/codes/404/". */
export function pageUrl(file: string, base: string): string {
  return normalizeBase(base) + file.replace(/(^|\/)index\.html$/, '$1');
}

/** Where an internal link points: a path inside the output folder (undefined when outside the base) and a fragment. */
export interface LinkTarget {
  path: string | undefined;
  fragment: string;
}

const origin = 'http://site.invalid';

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Resolves an href found on the page served at `fromUrl`. Returns undefined for links that leave
 * the site (another scheme or host) or for a bare "#", which always works.
 */
export function resolveLink(href: string, fromUrl: string, base: string): LinkTarget | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//') || href === '#') return undefined;
  let url: URL;
  try {
    url = new URL(href, origin + fromUrl);
  } catch {
    return { path: undefined, fragment: '' };
  }
  if (url.origin !== origin) return undefined;
  const fragment = decode(url.hash.slice(1));
  const pathname = decode(url.pathname);
  const root = normalizeBase(base);
  if (pathname === root.slice(0, -1)) return { path: '', fragment };
  return { path: pathname.startsWith(root) ? pathname.slice(root.length) : undefined, fragment };
}

/** The output file a path inside the base is served from, trying the forms a static host serves. */
export function targetFile(path: string, files: ReadonlySet<string>): string | undefined {
  const candidates =
    path === '' || path.endsWith('/')
      ? [`${path}index.html`, ...(path ? [`${path.slice(0, -1)}.html`] : [])]
      : [path, `${path}/index.html`, `${path}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * Links that reach no built file, or a fragment that is not an id on the page they reach. A
 * fragment "top" always works, as in browsers. Each broken href is reported once per page.
 */
export function findBrokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, base: string): BrokenLink[] {
  const idsByFile = new Map(pages.map((page) => [page.file, page.ids]));
  const reaches = (href: string, fromUrl: string): boolean => {
    const target = resolveLink(href, fromUrl, base);
    if (!target) return true;
    const file = target.path === undefined ? undefined : targetFile(target.path, files);
    return file !== undefined && (!target.fragment || !file.endsWith('.html') || hasAnchor(idsByFile.get(file), target.fragment));
  };
  // Most links are root-relative and repeat on every page (header, related codes): resolve each once.
  const rootRelative = new Map<string, boolean>();
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const fromUrl = pageUrl(page.file, base);
    const reported = new Set<string>();
    for (const href of page.hrefs) {
      if (reported.has(href)) continue;
      let ok: boolean;
      if (href.startsWith('#') && href.length > 1) {
        ok = hasAnchor(page.ids, decode(href.slice(1)));
      } else if (href.startsWith('/') && !href.startsWith('//')) {
        let known = rootRelative.get(href);
        if (known === undefined) rootRelative.set(href, (known = reaches(href, fromUrl)));
        ok = known;
      } else {
        ok = reaches(href, fromUrl);
      }
      if (!ok) {
        reported.add(href);
        broken.push({ file: page.file, href });
      }
    }
  }
  return broken;
}

function hasAnchor(ids: ReadonlySet<string> | undefined, fragment: string): boolean {
  return fragment.toLowerCase() === 'top' || (ids?.has(fragment) ?? false);
}

/**
 * The content file a built page comes from: content/codes/<code>.mdx for a code page,
 * content/classes/<n>xx.mdx for a class page, undefined for pages made by routes alone.
 */
export function contentFileForPage(file: string, contentDir = 'content'): string | undefined {
  const dir = contentDir.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '') || '.';
  const code = /^codes\/(\d+)\/index\.html$/.exec(file);
  if (code) return `${dir}/codes/${code[1]}.mdx`;
  const statusClass = /^codes\/([1-5]xx)\/index\.html$/.exec(file);
  if (statusClass) return `${dir}/classes/${statusClass[1]}.mdx`;
  return undefined;
}

/** One line per broken link, naming the content file (or else the built page), the href and what was expected. */
export function describeBrokenLink(link: BrokenLink, options: { base: string; contentDir: string; outDir: string }): string {
  const outDir = options.outDir.replace(/\\/g, '/').replace(/\/+$/, '');
  const source = contentFileForPage(link.file, options.contentDir) ?? `${outDir}/${link.file}`;
  return `${source}: link "${link.href}" in the body: no page or anchor at that URL; expected an existing ${normalizeBase(options.base)}codes/<code>/ page or a section id`;
}
