/**
 * The search client: fetched on the reader's first sign of intent to search (src/scripts/boot.js)
 * and built to /search-client.js by src/integrations/search-client.ts. It starts Pagefind and the
 * downloads of the first search at once, and runs the search dialog and the search page
 * (src/scripts/search-ui.ts). The relevance suite (tests/search/relevance.ts) imports its
 * siteSearch, so that the suite ranks as readers get.
 */
import { metaFile, type PagefindEntry } from '../lib/pagefind-entry';
import { searchRanking } from '../lib/search-options';
import { openDialog, SearchBox, wireDialog, type Pagefind } from './search-ui';

export { siteSearch } from '../lib/relaxed-search';

export interface StartOptions {
  /** The site's base path, with its trailing slash. */
  base: string;
  /** The page's language, which picks Pagefind's index. */
  lang: string;
  /** The cache tag boot.js fetched pagefind-entry.json with, so that Pagefind's own request for it is a revalidation. */
  metaCacheTag: string;
  /** pagefind-entry.json, already on its way. */
  entry: Promise<PagefindEntry>;
}

export async function start({ base, lang, metaCacheTag, entry }: StartOptions) {
  const bundlePath = `${base}pagefind/`;
  // The meta index goes into the HTTP cache (it is cacheable) as soon as the entry names it, where
  // Pagefind's own request finds it, finished or still arriving; boot.js fetched the WebAssembly
  // the same way. Not <link rel=preload>: Pagefind may ask first, and a preload nobody uses is a
  // second download.
  void entry
    .then((found) => {
      const meta = metaFile(found, bundlePath, lang);
      return meta ? fetch(meta).then((response) => response.arrayBuffer()) : undefined;
    })
    .catch(() => {});
  const pagefind: Pagefind & { options: (options: object) => Promise<void>; init: () => Promise<void> } = await import(`${bundlePath}pagefind.js`);
  // In the page rather than in a worker: the index is small, and the worker would be one more
  // script (12 KB) and one more step before the first search.
  await pagefind.options({ baseUrl: base, ranking: searchRanking, noWorker: true, metaCacheTag });
  void pagefind.init();

  let dialog: { element: HTMLDialogElement; box: SearchBox } | undefined;
  const addDialog = (markup: string) => {
    // Parsed as a template: the fragment is a whole page, and only its dialog belongs in this one.
    const template = document.createElement('template');
    template.innerHTML = markup;
    const element = template.content.querySelector<HTMLDialogElement>('[data-search-dialog]')!;
    document.body.append(element);
    wireDialog(element);
    return { element, box: new SearchBox(element, pagefind, base) };
  };
  return {
    /** Adds the dialog's markup (fetched from /fragments/search-dialog/) on first use, and opens it. */
    openDialog(markup: string): void {
      dialog ??= addDialog(markup);
      openDialog(dialog.element, dialog.box);
    },
    /** Runs the search page's box, searching for the page's `q` parameter. */
    mountPage(root: HTMLElement, query: string | null): void {
      const box = new SearchBox(root, pagefind, base);
      // What the reader typed while search loaded comes before the page's query.
      const term = box.input.value || query;
      box.input.focus();
      if (term) box.searchFor(term);
    },
  };
}
