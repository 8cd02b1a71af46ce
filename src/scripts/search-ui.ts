/**
 * The search field, filters and result list (src/components/SearchBox.astro) over Pagefind's
 * JavaScript API, in the dialog and on /search/. It replaces Pagefind's Component UI, whose
 * script and styles were 48 KB of the first search's 192 KB and the longest link of its chain
 * (docs/search.md, "First search, cold").
 */
import { siteSearch, type PagefindResult, type SearchOptions } from '../lib/relaxed-search';
import { codeJsonPath, codePath } from '../lib/urls';

export interface Pagefind {
  search: (term: string | null, options?: SearchOptions) => Promise<{ results: PagefindResult[] }>;
  preload: (term: string, options?: SearchOptions) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * Results shown at first and added by each "More results": four fill the dialog on a laptop
 * screen, and each result is one more fragment (about 3 KB) for the first search to fetch.
 */
const pageSize = 4;
/** Section links shown under a result: enough to point into the page without burying the next result. */
const sectionLinks = 3;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

export class SearchBox {
  readonly input: HTMLInputElement;
  private readonly filterPane: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly failed: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  /** Counts searches, so that a slow one never paints over the results of a later one. */
  private generation = 0;
  private results: PagefindResult[] = [];
  private shown = 0;
  /** The search running now, and whether the field changed since it started. */
  private running: Promise<void> | undefined;
  private stale = false;

  constructor(
    root: HTMLElement,
    private readonly pagefind: Pagefind,
    private readonly base: string,
  ) {
    const part = <T extends HTMLElement>(name: string) => root.querySelector<T>(`[data-search-${name}]`)!;
    this.input = part<HTMLInputElement>('input');
    this.filterPane = part('filters');
    this.summary = part('summary');
    this.failed = part('failed');
    this.list = part<HTMLOListElement>('results');
    this.more = part<HTMLButtonElement>('more');
    this.input.addEventListener('input', () => {
      const term = this.input.value.trim();
      // The index chunks for the words start downloading now, even while a search still runs.
      // A chunk that fails here fails the search too, which says so.
      if (term) this.pagefind.preload(term, this.options()).catch(() => {});
      this.update();
    });
    this.filterPane.addEventListener('change', () => this.update());
    this.more.addEventListener('click', () => {
      const firstAdded = this.showMore();
      // The button hides itself after the last results: focus goes to the first of them, not to the page.
      if (this.more.hidden) void firstAdded?.then((link) => link?.focus());
    });
    root.addEventListener('keydown', (event) => this.onKey(event));
    this.pagefind.filters().then(
      (filters) => this.renderFilters(filters),
      (error: unknown) => console.error('search filters could not load', error),
    );
  }

  /** Searches for `term` as if it had been typed. */
  searchFor(term: string): void {
    this.input.value = term;
    this.input.dispatchEvent(new Event('input'));
  }

  /** Runs a search now, or once the running one ends: the newest field value always gets a search, and never two at once. */
  private update(): void {
    if (this.running) {
      this.stale = true;
      return;
    }
    const generation = ++this.generation;
    this.running = this.run(generation)
      .catch((error: unknown) => {
        // Pagefind could not start (its WebAssembly failed to load: offline, a deploy mid-way);
        // Pagefind itself reports a chunk that fails to load as no results. Say so rather than
        // show stale results.
        console.error('search failed', error);
        this.render(generation, [], '');
        this.failed.hidden = false;
      })
      .finally(() => {
        this.running = undefined;
        if (this.stale) {
          this.stale = false;
          this.update();
        }
      });
  }

  /** The reader's filters, as the filter pane's checked boxes say. */
  private options(): SearchOptions {
    const filters: Record<string, string[]> = {};
    for (const box of this.filterPane.querySelectorAll<HTMLInputElement>('input:checked')) (filters[box.name] ??= []).push(box.value);
    return { filters };
  }

  private async run(generation: number): Promise<void> {
    const term = this.input.value.trim();
    const options = this.options();
    const filtered = Object.keys(options.filters ?? {}).length > 0;
    if (!term && !filtered) return this.render(generation, [], '');
    // The reader's filters apply to every search siteSearch runs, with its own (the status filter that tells unofficial codes apart).
    const withFilters = (text: string, own?: SearchOptions) => this.pagefind.search(text, { ...options, ...own, filters: { ...options.filters, ...own?.filters } });
    const response = term ? await siteSearch(withFilters, term) : await this.pagefind.search(null, options);
    this.render(generation, response.results, term);
  }

  private render(generation: number, results: PagefindResult[], term: string): void {
    // Searches never overlap (update), so this holds; the fragments painted later check it again.
    if (generation !== this.generation) return;
    this.failed.hidden = true;
    this.results = results;
    this.shown = 0;
    this.list.replaceChildren();
    const count = `${results.length} ${results.length === 1 ? 'result' : 'results'}`;
    this.summary.textContent = !term && results.length === 0 ? '' : results.length === 0 ? `No results for “${term}”` : term ? `${count} for “${term}”` : count;
    this.showMore();
  }

  /**
   * Appends the next results; each is painted as soon as its own fragment arrives, in place.
   * Resolves to the first added result's link once painted (undefined if a newer search came first).
   */
  private showMore(): Promise<HTMLAnchorElement | undefined> | undefined {
    const generation = this.generation;
    const painted = this.results.slice(this.shown, this.shown + pageSize).map((result) => {
      const item = element('li', 'search-result');
      this.list.append(item);
      return result.data().then((data) => {
        if (generation !== this.generation) return undefined;
        return fillResult(item, data);
      });
    });
    for (const result of painted) result.catch((error: unknown) => console.error('a search result could not load', error));
    this.shown = Math.min(this.results.length, this.shown + pageSize);
    this.more.hidden = this.shown >= this.results.length;
    return painted[0];
  }

  private renderFilters(filters: Record<string, Record<string, number>>): void {
    for (const [name, values] of Object.entries(filters)) {
      const details = element('details', 'search-filter');
      details.dataset['filterName'] = name;
      details.append(element('summary', undefined, name[0]!.toUpperCase() + name.slice(1)));
      for (const [value, pages] of Object.entries(values)) {
        const label = element('label', 'search-filter-option');
        const box = element('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        label.append(box, ` ${value} `, element('span', 'search-filter-count', `(${pages})`));
        details.append(label);
      }
      this.filterPane.append(details);
    }
  }

  /** Arrow keys move between the field and the result links; Enter in the field opens the best result. */
  private onKey(event: KeyboardEvent): void {
    // Shift+arrows select text, and Enter may end an input method's composition.
    if (event.isComposing || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    const stops: HTMLElement[] = [this.input, ...this.list.querySelectorAll<HTMLElement>('.search-result-link')];
    const at = stops.indexOf(event.target as HTMLElement);
    if (at === -1) return;
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      stops[Math.min(stops.length - 1, Math.max(0, at + step))]!.focus();
    } else if (event.key === 'Enter' && at === 0) {
      event.preventDefault();
      void this.openBestResult();
    }
  }

  /** An exact code opens its page, whatever the ranking; otherwise the first result, once painted. */
  private async openBestResult(): Promise<void> {
    const term = this.input.value.trim();
    if (/^[1-5]\d\d$/.test(term)) {
      const code = Number(term);
      const exists = await fetch(codeJsonPath(code, this.base), { method: 'HEAD' }).then(
        (response) => response.ok,
        () => false,
      );
      if (exists) return location.assign(codePath(code, this.base));
    }
    while (this.running) await this.running;
    const first = this.results[0];
    if (first) location.assign((await first.data()).url);
  }
}

type ResultData = Awaited<ReturnType<PagefindResult['data']>>;

/** One result: its title and status badge, the matching sentence, and links to the sections that match. Returns the title's link. */
function fillResult(item: HTMLElement, data: ResultData): HTMLAnchorElement {
  const title = element('p', 'search-result-title');
  const link = element('a', 'search-result-link', data.meta['title'] ?? data.url);
  link.href = data.url;
  title.append(link);
  if (data.meta['badge']) title.append(' ', element('span', 'search-status-badge', data.meta['badge']));
  item.append(title);
  if (data.excerpt) {
    // Pagefind's excerpt is the page's text, escaped, with the matching words in <mark>.
    const excerpt = element('p', 'search-result-excerpt');
    excerpt.innerHTML = data.excerpt;
    item.append(excerpt);
  }
  const sections = data.sub_results.filter((section) => section.url !== data.url).slice(0, sectionLinks);
  if (sections.length > 0) {
    const list = element('ul', 'search-result-sections');
    for (const section of sections) {
      const sectionLink = element('a', undefined, section.title);
      sectionLink.href = section.url;
      const entry = element('li');
      entry.append(sectionLink);
      list.append(entry);
    }
    item.append(list);
  }
  return link;
}

/** Opens the dialog (src/components/SearchDialog.astro) with its field focused and the last query selected. */
export function openDialog(dialog: HTMLDialogElement, box: SearchBox): void {
  if (!dialog.open) dialog.showModal();
  box.input.focus();
  box.input.select();
}

/**
 * Wires a dialog once. A click on the backdrop closes it (the dialog's body fills the box, so only
 * the backdrop is the dialog itself). Escape closes it at once: in a search field it would
 * otherwise first clear the query.
 */
export function wireDialog(dialog: HTMLDialogElement): void {
  // Both ends of the click on the backdrop: a text selection dragged out of the box is no click to close.
  let pressedOnBackdrop = false;
  dialog.addEventListener('pointerdown', (event) => (pressedOnBackdrop = event.target === dialog));
  dialog.addEventListener('click', (event) => {
    if (pressedOnBackdrop && event.target === dialog) dialog.close();
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
}
