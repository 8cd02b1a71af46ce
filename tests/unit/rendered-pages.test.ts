import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { observeHtmlPages } from '../../src/integrations/rendered-pages';

/** A prerenderer whose pages finish after the given delays, so that later pages can finish first. */
function fakePrerenderer(pages: Record<string, { delay: number; response: () => Response }>): AstroPrerenderer {
  return {
    name: 'fake',
    getStaticPaths: () => Promise.resolve([]),
    render: async (request) => {
      const page = pages[new URL(request.url).pathname];
      if (!page) throw new Error(`no page ${request.url}`);
      await new Promise((resolve) => setTimeout(resolve, page.delay));
      return page.response();
    },
  };
}

const html = (body: string, status = 200) =>
  new Response(`<html><body>${body}</body></html>`, { status, headers: { 'content-type': 'text/html', 'x-kept': 'yes' } });

function render(prerenderer: AstroPrerenderer, pathname: string) {
  return prerenderer.render(new Request(`http://localhost${pathname}`), { routeData: {} as never });
}

describe('observeHtmlPages', () => {
  it('hands pages over in the order rendering started, whatever order they finish in', async () => {
    const seen: string[] = [];
    const observed = observeHtmlPages(
      fakePrerenderer({
        '/slow/': { delay: 30, response: () => html('slow') },
        '/fast/': { delay: 0, response: () => html('fast') },
        '/middle/': { delay: 10, response: () => html('middle') },
      }),
      (pathname) => seen.push(pathname),
    );
    await Promise.all(['/slow/', '/fast/', '/middle/'].map((path) => render(observed, path)));
    expect(seen).toEqual(['/slow/', '/fast/', '/middle/']);
  });

  it('gives Astro the same status, headers and body it would have written', async () => {
    const pages: [string, string][] = [];
    const observed = observeHtmlPages(fakePrerenderer({ '/404/': { delay: 0, response: () => html('gone', 404) } }), (pathname, page) =>
      pages.push([pathname, page]),
    );
    const response = (await render(observed, '/404/')) as Response;
    expect(response.status).toBe(404);
    expect(response.headers.get('x-kept')).toBe('yes');
    expect(await response.text()).toBe('<html><body>gone</body></html>');
    expect(pages).toEqual([['/404/', '<html><body>gone</body></html>']]);
  });

  it('passes other responses through untouched and keeps the order after a failed render', async () => {
    const seen: string[] = [];
    const json = new Response('{"a":1}', { headers: { 'content-type': 'application/json' } });
    const observed = observeHtmlPages(
      fakePrerenderer({ '/codes.json': { delay: 0, response: () => json }, '/after/': { delay: 0, response: () => html('after') } }),
      (pathname) => seen.push(pathname),
    );
    expect(await render(observed, '/codes.json')).toBe(json);
    await expect(render(observed, '/missing/')).rejects.toThrow('no page');
    await render(observed, '/after/');
    expect(seen).toEqual(['/after/']);
  });
});
