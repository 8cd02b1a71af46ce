// The one script a page runs before the reader opens search: it applies the remembered theme
// before first paint, wires the theme toggle and copy buttons, and loads search only when the
// reader shows intent to search.
(() => {
  const root = document.documentElement;
  const base = root.dataset.base;
  const systemDark = matchMedia('(prefers-color-scheme: dark)');
  const storedTheme = () => {
    try {
      return localStorage.getItem('theme');
    } catch {
      return null;
    }
  };
  const applyTheme = () => {
    const stored = storedTheme();
    root.dataset.theme = stored === 'light' || stored === 'dark' ? stored : systemDark.matches ? 'dark' : 'light';
  };
  applyTheme();
  systemDark.addEventListener('change', applyTheme);

  // Search loads on intent: the pointer over or focus on the search button, `/` or Ctrl+K, or
  // the search page. Every file the first search needs is requested at once rather than in a
  // chain: the search client, its styles, pagefind.js, pagefind-entry.json and the WebAssembly
  // (the largest, named at build time: src/lib/pagefind-entry.ts) now, and the meta index as
  // soon as the entry names it (src/scripts/search-client.ts).
  const addLink = (rel, href) => {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    document.head.append(link);
    return link;
  };
  let searchReady;
  const loadSearch = () => {
    searchReady ??= (() => {
      // Into the HTTP cache, where Pagefind's own request finds it, finished or still arriving.
      fetch(`${base}pagefind/${__SEARCH_WASM__}`)
        .then((response) => response.arrayBuffer())
        .catch(() => {}); // Pagefind reports its own errors when it loads
      addLink('modulepreload', `${base}pagefind/pagefind.js`);
      const styles = addLink('stylesheet', `${base}search.css`);
      const styled = new Promise((resolve) => (styles.onload = styles.onerror = resolve));
      // Pagefind asks for pagefind-entry.json?ts=<metaCacheTag>, by default with a new tag each
      // time. With one tag per page view, its request for the copy read here is a revalidation
      // (304, no body; the server sends the entry with no-cache).
      const metaCacheTag = String(Date.now());
      const entry = fetch(`${base}pagefind/pagefind-entry.json?ts=${metaCacheTag}`).then((response) => response.json());
      const client = import(`${base}search-client.js`).then(({ start }) => start({ base, lang: root.lang, metaCacheTag, entry }));
      return Promise.all([client, styled]).then(([search]) => search);
    })();
    // A failed load (offline) is tried again on the next intent, not remembered.
    searchReady.catch(() => (searchReady = undefined));
    return searchReady;
  };

  // Pages do not carry the dialog's markup: it is fetched with the search client.
  let dialogMarkup;
  const searchPage = () => document.querySelector('[data-search-page]');
  const warmSearch = () => {
    if (!searchPage()) {
      dialogMarkup ??= fetch(`${base}fragments/search-dialog/`).then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.statusText))));
      dialogMarkup.catch(() => (dialogMarkup = undefined));
    }
    return loadSearch();
  };
  const openSearch = () => {
    const page = searchPage();
    if (page) return page.querySelector('input').focus();
    const link = document.querySelector('[data-search-open]');
    // Search that cannot load here still has its own page, where the search link leads.
    Promise.all([warmSearch(), dialogMarkup]).then(
      ([search, markup]) => search.openDialog(markup),
      () => link && location.assign(link.href),
    );
  };

  // The search page (/search/?q=) is search itself: load it at once and run the query.
  document.addEventListener('DOMContentLoaded', () => {
    const page = searchPage();
    if (!page) return;
    loadSearch().then(
      (search) => search.mountPage(page, new URLSearchParams(location.search).get('q')),
      () => (page.querySelector('[data-search-failed]').hidden = false),
    );
  });

  const warmOnIntent = (event) => {
    if (event.target instanceof Element && event.target.closest('[data-search-open]')) warmSearch();
  };
  document.addEventListener('pointerover', warmOnIntent);
  document.addEventListener('focusin', warmOnIntent);

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const copyButton = target?.closest('[data-copy]');
    if (target?.closest('[data-search-open]')) {
      event.preventDefault();
      openSearch();
    } else if (copyButton) {
      const text = document.querySelector(copyButton.dataset.copy)?.textContent ?? '';
      navigator.clipboard?.writeText(text).then(() => {
        copyButton.textContent = 'Copied';
      });
    } else if (target?.closest('[data-theme-toggle]')) {
      const next = root.dataset.theme === 'dark' ? 'light' : 'dark';
      try {
        localStorage.setItem('theme', next);
      } catch {}
      root.dataset.theme = next;
    }
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const typing = target?.closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !typing;
    const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if ((slash || modK) && !document.querySelector('[data-search-dialog][open]')) {
      event.preventDefault();
      openSearch();
    }
  });
})();
