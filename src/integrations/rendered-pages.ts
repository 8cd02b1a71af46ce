import type { AstroPrerenderer } from 'astro';

/** Receives each HTML page as Astro renders it: its URL path (with the base) and its markup. */
export type HtmlPageListener = (pathname: string, html: string) => void;

type RenderResult = Awaited<ReturnType<AstroPrerenderer['render']>>;

/**
 * Wraps Astro's prerenderer (given to `setPrerenderer` in `astro:build:start`) so that every
 * rendered HTML page also goes to `onHtmlPage`, before Astro writes it. Other responses (JSON,
 * robots.txt) pass through untouched.
 *
 * Astro renders several pages at once and they finish in no fixed order. Pages reach the
 * listener in the order Astro starts them, so that what it builds from them (the search index)
 * is the same, byte for byte, on every build.
 */
export function observeHtmlPages(prerenderer: AstroPrerenderer, onHtmlPage: HtmlPageListener): AstroPrerenderer {
  let previousPage: Promise<void> = Promise.resolve();
  return {
    ...prerenderer,
    name: `${prerenderer.name} (observed)`,
    async render(request, options) {
      const rendering = readHtml(prerenderer.render(request, options));
      const pathname = new URL(request.url).pathname;
      const handedOver = previousPage.then(async () => {
        const { html } = await rendering;
        if (html !== undefined) onHtmlPage(pathname, html);
      });
      // The next page waits for this one's turn, not for its success; a failure is thrown below.
      previousPage = handedOver.catch(() => undefined);
      // Astro counts a page done when this returns, so the listener has every page by the end of the build.
      await handedOver;
      return (await rendering).result;
    },
  };
}

/** Reads an HTML body (which can be read only once) and returns an identical response for Astro to write. */
async function readHtml(rendered: Promise<RenderResult>): Promise<{ result: RenderResult; html?: string }> {
  const result = await rendered;
  const response = result instanceof Response ? result : result.response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return { result };
  const html = await response.text();
  const copy = new Response(html, response);
  return { html, result: result instanceof Response ? copy : { ...result, response: copy } };
}
