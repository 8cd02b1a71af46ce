import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { sourcesFootnotes, sourcesSection } from '../../src/lib/sources-section';

const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [sourcesSection], features: { gfm: { footnotes: sourcesFootnotes } } }).html;

describe('sourcesSection', () => {
  it('renders footnotes as a Sources section under #sources, with a linked heading, left out of the search index', () => {
    const html = render('nginx closes it.[^nginx]\n\n[^nginx]: nginx documentation, [close](https://nginx.org/).\n');
    const section = /<section [^>]*>/.exec(html)?.[0] ?? '';
    expect(section).toContain('id="sources"');
    expect(section).toContain('aria-labelledby="footnote-label"');
    expect(section).toContain('data-pagefind-ignore');
    expect(section).not.toContain('footnotes"');
    expect(html).toMatch(/<h2 id="footnote-label"><a href="#sources" class="no-underline hover:underline">Sources<\/a><\/h2>/);
    expect(html).toMatch(/<li id="user-content-fn-nginx">\s*<p>nginx documentation, <a href="https:\/\/nginx.org\/">close<\/a>/);
  });

  it('leaves a page without footnotes alone', () => {
    expect(render('No sources here.').trim()).toBe('<p>No sources here.</p>');
  });
});
