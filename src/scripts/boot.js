// The one script a page runs before the reader opens search: it applies the remembered theme
// before first paint, wires the theme toggle and copy buttons, and loads Pagefind's Component
// UI only when the reader opens search.
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

  let searchReady;
  const loadSearch = () => {
    searchReady ??= (() => {
      const bundlePath = `${base}pagefind/`;
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = `${bundlePath}pagefind-component-ui.css`;
      document.head.append(style);
      // The bundle is a classic script that publishes window.PagefindComponents.
      return Promise.all([import(`${bundlePath}pagefind-component-ui.js`), import(`${base}relaxed-search.js`)]).then(([, relaxed]) => {
        // __SEARCH_RANKING__ is replaced at build time (src/lib/inline-scripts.ts).
        relaxed.install(window.PagefindComponents.configureInstance('default', { bundlePath, baseUrl: base, ranking: __SEARCH_RANKING__ }));
      });
    })();
    return searchReady;
  };

  const whenRendered = (find) =>
    new Promise((resolve) => {
      const poll = () => (find() ? resolve(find()) : requestAnimationFrame(poll));
      poll();
    });

  // Pages do not carry the dialog's markup: it is fetched with the search bundle on first use.
  let dialogReady;
  const loadDialog = () => {
    dialogReady ??= fetch(`${base}fragments/search-dialog/`)
      .then((response) => response.text())
      .then((html) => document.body.insertAdjacentHTML('beforeend', html));
    return dialogReady;
  };

  const openSearch = () =>
    Promise.all([loadDialog(), loadSearch()])
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
