// The one script a page runs before the reader opens search: it applies the remembered theme
// before first paint, wires the theme toggle, and loads Pagefind's Component UI on demand.
(() => {
  const root = document.documentElement;
  const stored = (() => {
    try {
      return localStorage.getItem('theme');
    } catch {
      return null;
    }
  })();
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;

  const isDark = () =>
    root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;

  let searchReady;
  const loadSearch = () => {
    const bundle = `${root.dataset.base}pagefind/`;
    searchReady ??= new Promise((resolve, reject) => {
      const style = document.createElement('link');
      style.rel = 'stylesheet';
      style.href = `${bundle}pagefind-component-ui.css`;
      const script = document.createElement('script');
      script.type = 'module';
      script.src = `${bundle}pagefind-component-ui.js`;
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(style, script);
    }).then(() => customElements.whenDefined('pagefind-modal'));
    return searchReady;
  };

  const openSearch = () =>
    loadSearch().then(() => {
      const modal = document.querySelector('pagefind-modal');
      const open = () => (modal.dialogEl ? modal.open() : requestAnimationFrame(open));
      open();
    });

  // The search page (/search/?q=) is search itself: load it at once and run the query.
  document.addEventListener('DOMContentLoaded', () => {
    if (!document.querySelector('[data-search-page]')) return;
    const query = new URLSearchParams(location.search).get('q');
    loadSearch().then(() => {
      const fill = () => {
        const input = document.querySelector('[data-search-page] pagefind-input input');
        if (!input) return requestAnimationFrame(fill);
        if (!query) return input.focus();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      fill();
    });
  });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('[data-search-open]')) {
      event.preventDefault();
      openSearch();
    } else if (target?.closest('[data-copy]')) {
      const button = target.closest('[data-copy]');
      const text = document.querySelector(button.dataset.copy)?.textContent ?? '';
      navigator.clipboard?.writeText(text).then(() => {
        button.textContent = 'Copied';
      });
    } else if (target?.closest('[data-theme-toggle]')) {
      const next = isDark() ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem('theme', next);
      } catch {}
    }
  });

  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !typing;
    const modK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if ((slash || modK) && !document.querySelector('pagefind-modal dialog[open]')) {
      event.preventDefault();
      openSearch();
    }
  });
})();
