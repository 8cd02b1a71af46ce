/**
 * Turns the footnotes that GFM renders from `[^label]` references into the page's "Sources"
 * list: a section with the stable anchor `#sources` and a visible heading that links to it like
 * the other section headings. The list stays out of the search index: its titles and URLs would
 * only add noise there. A Sätteri hast plugin, since Sätteri renders Astro's Markdown and MDX.
 */
import type { Element } from 'hast';
import { defineHastPlugin } from 'satteri';

export const sourcesSectionId = 'sources';

/** The footnotes options for Sätteri's `gfm` feature: the label the heading shows. */
export const sourcesFootnotes = { label: 'Sources' };

export const sourcesSection = defineHastPlugin({
  name: 'sources-section',
  element: {
    filter: ['section'],
    visit(section, ctx) {
      if (section.properties['dataFootnotes'] === undefined) return;
      ctx.setProperty(section, 'id', sourcesSectionId);
      ctx.setProperty(section, 'className', ['scroll-mt-4']);
      ctx.setProperty(section, 'dataPagefindIgnore', '');
      const heading = section.children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2');
      if (!heading) throw new Error('sources-section: the footnotes section has no <h2> label; has Sätteri changed its output?');
      ctx.setProperty(section, 'ariaLabelledBy', heading.properties['id']);
      ctx.setProperty(heading, 'className', undefined);
      ctx.replaceNode(heading.children[0]!, {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${sourcesSectionId}`, className: ['no-underline', 'hover:underline'] },
        children: [...heading.children],
      });
    },
  },
});
