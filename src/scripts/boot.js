// The one script a page runs before the reader opens search: it applies the remembered theme
// before first paint, wires the theme toggle and copy buttons, and loads Pagefind's Component
// UI only when the reader shows intent to search.
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
  // the search page. Every file the first search needs is requested at once rather than in
  // Pagefind's chain (UI script, then pagefind.js, then pagefind-entry.json, then the meta index
  // and the WebAssembly): the names of the last two are read from pagefind-entry.json.
  const bundlePath = `${base}pagefind/`;
  const addLink = (rel, href) => {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    document.head.append(link);
  };
  // Pagefind asks for pagefind-entry.json?ts=<metaCacheTag>, by default with a new tag each
  // time. With one tag per page view, its request for the copy read here is a revalidation
  // (304, no body; the server sends the entry with no-cache).
  const metaCacheTag = String(Date.now());
  // The meta index and the WebAssembly are warmed by the search client (src/lib/search-client.ts)
  // once pagefind-entry.json, fetched here at once, names them.
  const warmIndex = (client) =>
    Promise.all([fetch(`${bundlePath}pagefind-entry.json?ts=${metaCacheTag}`).then((response) => response.json()), client])
      .then(([entry, { warmIndex }]) => warmIndex(entry, bundlePath, root.lang))
      .catch(() => {}); // Pagefind reports its own errors when it loads

  let searchReady;
  const loadSearch = () => {
    searchReady ??= (() => {
      addLink('stylesheet', `${bundlePath}pagefind-component-ui.css`);
      addLink('modulepreload', `${bundlePath}pagefind.js`);
      const client = import(`${base}search-client.js`);
      warmIndex(client);
      // The bundle is a classic script that publishes window.PagefindComponents.
      return Promise.all([import(`${bundlePath}pagefind-component-ui.js`), client]).then(([, { install }]) => {
        // __SEARCH_RANKING__ is replaced at build time (src/lib/inline-scripts.ts). Pagefind runs
        // in the page rather than in a worker: its index is small, and the worker would be one
        // more script (12 KB) and one more step before the first search.
        const instance = window.PagefindComponents.configureInstance('default', {
          bundlePath,
          baseUrl: base,
          ranking: __SEARCH_RANKING__,
          noWorker: true,
          metaCacheTag,
        });
        // Word-by-word search for queries Pagefind alone finds nothing for (src/lib/relaxed-search.ts),
        // installed before Pagefind loads, which starts now rather than when the field gets focus.
        install(instance);
        instance.triggerLoad();
      });
    })();
    return searchReady;
  };

  const whenRendered = (find) =>
    new Promise((resolve) => {
      const poll = () => (find() ? resolve(find()) : requestAnimationFrame(poll));
      poll();
    });

  // Pages do not carry the dialog's markup: it is fetched with the search bundle.
  let dialogHtml;
  let dialogReady;
  const warmSearch = () => {
    dialogHtml ??= fetch(`${base}fragments/search-dialog/`).then((response) => response.text());
    return loadSearch();
  };
  const loadDialog = () => {
    dialogReady ??= dialogHtml.then((html) => document.body.insertAdjacentHTML('beforeend', html));
    return dialogReady;
  };

  const openSearch = () =>
    Promise.all([warmSearch(), loadDialog()])
      .then(() => whenRendered(() => document.querySelector('pagefind-modal')?.dialogEl))
      .then(() => document.querySelector('pagefind-modal').open());

  // Enter opens the page of an exact code, whatever the ranking; otherwise the first result.
  const openBestResult = async (input) => {
    const query = input.value.trim();
    if (/^[1-5]\d\d$/.test(query)) {
      const page = `${base}codes/${query}/`;
      const exists = await fetch(`${base}codes/${query}.json`, { method: 'HEAD' }).then((r) => r.ok, () => false);
      if (exists) return location.assign(page);
    }
    const first = input.closest('pagefind-modal, [data-search-page]')?.querySelector('pagefind-results a[href]');
    if (first) location.assign(first.href);
  };

  // The search page (/search/?q=) is search itself: load it at once and run the query.
  document.addEventListener('DOMContentLoaded', () => {
    if (!document.querySelector('[data-search-page]')) return;
    const query = new URLSearchParams(location.search).get('q');
    loadSearch()
      .then(() => whenRendered(() => document.querySelector('[data-search-page] pagefind-input input')))
      .then((input) => {
        input.focus();
        if (!query) return;
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
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
    if (event.key === 'Enter' && target?.matches('pagefind-input input')) {
      event.preventDefault();
      openBestResult(target);
      return;
    }
    const typing = target?.closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !typing;
    const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if ((slash || modK) && !document.querySelector('pagefind-modal dialog[open]')) {
      event.preventDefault();
      openSearch();
    }
  });
})();
