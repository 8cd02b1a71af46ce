import { describe, expect, it } from 'vitest';
import {
  collectLinks,
  contentFileForPage,
  describeBrokenLink,
  findBrokenLinks,
  pageUrl,
  resolveLink,
  targetFile,
  type BuiltPage,
} from '../../src/lib/link-check';

describe('collectLinks', () => {
  it('reads ids, anchor names and hrefs from tags, decoding entities', () => {
    const html = `<main id="main"><section id='meaning'><h2 id=meaning-heading><a href="#meaning">x</a></h2>
      <a name="old-anchor"></a><meta name="description" content="not an anchor">
      <a class="underline" href="/search/?q=a&amp;b">s</a><link rel="stylesheet" href="/_astro/x.css"></section></main>`;
    const { ids, hrefs } = collectLinks(html);
    expect([...ids].sort()).toEqual(['main', 'meaning', 'meaning-heading', 'old-anchor']);
    expect(hrefs).toEqual(['#meaning', '/search/?q=a&b', '/_astro/x.css']);
  });

  it('ignores escaped markup in text, quoted values, scripts, styles and comments', () => {
    const html = `<pre><code>&lt;a href="/orders/1789"&gt;See your order&lt;/a&gt;</code></pre>
      <meta content="a href=/in-a-value id=nope"><!-- <a href="/commented/"> -->
      <script type="text/pagefind-template"><a href="{{ meta.url | safeUrl }}">{{ meta.title }}</a></script>
      <style>a[href="/styled/"] { color: red }</style><p data-id="x" title="a > b"><a href="/real/">r</a></p>`;
    expect(collectLinks(html)).toEqual({ ids: new Set(), hrefs: ['/real/'] });
  });
});

describe('resolving links', () => {
  it('maps built files to the URL they are served at', () => {
    expect(pageUrl('index.html', '/')).toBe('/');
    expect(pageUrl('codes/404/index.html', '/docs/http')).toBe('/docs/http/codes/404/');
    expect(pageUrl('404.html', '/')).toBe('/404.html');
  });

  it('resolves root-relative, relative and base links; leaves other sites alone', () => {
    expect(resolveLink('/codes/404/#meaning', '/codes/410/', '/')).toEqual({ path: 'codes/404/', fragment: 'meaning' });
    expect(resolveLink('../404/', '/codes/410/', '/')).toEqual({ path: 'codes/404/', fragment: '' });
    expect(resolveLink('/docs/http/search/?q=x', '/docs/http/', '/docs/http/')).toEqual({ path: 'search/', fragment: '' });
    expect(resolveLink('/docs/http', '/docs/http/codes/404/', '/docs/http/')).toEqual({ path: '', fragment: '' });
    expect(resolveLink('/codes/404/', '/docs/http/', '/docs/http/')).toEqual({ path: undefined, fragment: '' });
    for (const external of ['https://www.rfc-editor.org/rfc/rfc9110', '//cdn.example/x', 'mailto:a@b.c', '#']) {
      expect(resolveLink(external, '/', '/')).toBeUndefined();
    }
  });

  it('finds the file a static host would serve', () => {
    const files = new Set(['index.html', 'codes/404/index.html', '404.html', 'codes.json']);
    expect(targetFile('', files)).toBe('index.html');
    expect(targetFile('codes/404/', files)).toBe('codes/404/index.html');
    expect(targetFile('codes/404', files)).toBe('codes/404/index.html');
    expect(targetFile('404/', files)).toBe('404.html');
    expect(targetFile('codes.json', files)).toBe('codes.json');
    expect(targetFile('codes/999/', files)).toBeUndefined();
  });
});

describe('findBrokenLinks', () => {
  const page = (file: string, ids: string[], hrefs: string[]): BuiltPage => ({ file, ids: new Set(ids), hrefs });
  const pages = [
    page('index.html', ['main'], ['/codes/404/', '/codes/404/#meaning', '/codes.json', '#main', '#top', 'https://example.com/x']),
    page('codes/404/index.html', ['meaning', 'related'], ['#related', '../410/#when', '/codes/999/', '/codes/404/#nosuch', '#nosuch', '/codes/999/']),
    page('codes/410/index.html', ['meaning'], ['/codes/404/']),
  ];
  const files = new Set([...pages.map((p) => p.file), 'codes.json']);

  it('reports missing pages and anchors once per page, in page order', () => {
    expect(findBrokenLinks(pages, files, '/')).toEqual([
      { file: 'codes/404/index.html', href: '../410/#when' },
      { file: 'codes/404/index.html', href: '/codes/999/' },
      { file: 'codes/404/index.html', href: '/codes/404/#nosuch' },
      { file: 'codes/404/index.html', href: '#nosuch' },
    ]);
  });

  it('reports links that leave the base of a sub-path build', () => {
    const subPath = [page('codes/404/index.html', ['meaning'], ['/docs/http/codes/404/#meaning', '/codes/404/'])];
    expect(findBrokenLinks(subPath, new Set(['codes/404/index.html']), '/docs/http/')).toEqual([{ file: 'codes/404/index.html', href: '/codes/404/' }]);
  });

  it('passes a site whose links all resolve', () => {
    expect(findBrokenLinks([page('index.html', ['a'], ['/', '#a', './'])], new Set(['index.html']), '/')).toEqual([]);
  });
});

describe('naming the source of a broken link', () => {
  it('maps code and class pages back to their content files', () => {
    expect(contentFileForPage('codes/404/index.html')).toBe('content/codes/404.mdx');
    expect(contentFileForPage('codes/404/index.html', './content/')).toBe('content/codes/404.mdx');
    expect(contentFileForPage('codes/418/index.html', '/tmp/x/content')).toBe('/tmp/x/content/codes/418.mdx');
    expect(contentFileForPage('codes/4xx/index.html')).toBe('content/classes/4xx.mdx');
    expect(contentFileForPage('index.html')).toBeUndefined();
    expect(contentFileForPage('codes/404.json')).toBeUndefined();
  });

  it('names the file, the link and what was expected; the built page when no content file made it', () => {
    const options = { base: '/', contentDir: './content', outDir: 'dist/' };
    expect(describeBrokenLink({ file: 'codes/404/index.html', href: '/codes/999/' }, options)).toBe(
      'content/codes/404.mdx: link "/codes/999/" in the body: no page or anchor at that URL; expected an existing /codes/<code>/ page or a section id',
    );
    expect(describeBrokenLink({ file: 'linking/index.html', href: '#x' }, { ...options, base: '/docs/http' })).toBe(
      'dist/linking/index.html: link "#x" in the body: no page or anchor at that URL; expected an existing /docs/http/codes/<code>/ page or a section id',
    );
  });
});
