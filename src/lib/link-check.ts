/**
 * Checks the internal links of a built site: every href that stays on the site must reach a
 * built file, and its #fragment an id on that page. Pure functions over strings, so that the
 * build integration (src/integrations/internal-links.ts) only reads files and reports.
 *
 * The HTML is Astro's own output, so regular expressions suffice: text never holds a raw "<",
 * and scripts, styles and comments are skipped whole (the Pagefind result template lives in a
 * <script> and holds placeholder hrefs).
 */
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

// One pass over the page: comments, scripts and styles are matched whole and skipped; any other
// tag yields its name and attributes. Quoted values may hold ">"; the loops are unrolled so that
// a tag that never closes costs linear time.
const markupPattern =
  /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<([a-zA-Z][\w:-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/gi;
// Attributes in order, each with its value, so that text inside a quoted value is never read as an attribute.
const attributePattern = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that can occur in an attribute value. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const point = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

/** The ids (and old-style <a name> anchors) and hrefs of one HTML page. */
export function collectLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const hrefs: string[] = [];
  for (const tag of html.matchAll(markupPattern)) {
    const attributes = tag[3];
    if (!attributes || !/(?:id|name|href)\s*=/i.test(attributes)) continue;
    const isAnchor = tag[2] === 'a' || tag[2] === 'A';
    for (const attribute of attributes.matchAll(attributePattern)) {
      const name = attribute[1]!.toLowerCase();
      if (name !== 'href' && name !== 'id' && !(name === 'name' && isAnchor)) continue;
      const value = decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
      if (name === 'href') hrefs.push(value.trim());
      else if (value) ids.add(value);
    }
  }
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
