// Fills in the not-found page's specific suggestions from the requested path; the generic
// links above it work without JavaScript.
(() => {
  const base = document.documentElement.dataset.base;
  const list = document.getElementById('suggestions');
  const path = decodeURIComponent(location.pathname.slice(base.length - 1));
  const tail = path.replace(/^\/(codes\/)?/, '').replace(/(\.json)?\/?$/, '');
  if (!list || !tail) return;
  const add = (href, text) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    link.className = 'underline';
    item.append(link);
    list.prepend(item);
  };
  const number = /^\d+$/.test(tail) ? tail : null;
  add(`${base}search/?q=${encodeURIComponent(tail)}`, `Search for “${tail}”`);
  if (number && number.length === 3 && number[0] >= '1' && number[0] <= '5') {
    add(`${base}codes/${number[0]}xx/`, `${number} is not documented here; see the other ${number[0]}xx codes`);
    // The page lists the registry's unassigned ranges (src/lib/unassigned.ts): "452-499,…".
    const range = list.dataset.unassigned
      ?.split(',')
      .map((text) => text.split('-').map(Number))
      .find(([from, to = from]) => from <= Number(number) && Number(number) <= to);
    const note = document.getElementById('unassigned');
    if (range && note) {
      const [from, to = from] = range;
      const classCode = `${number[0]}00`;
      const link = document.createElement('a');
      link.href = `${base}codes/${classCode}/`;
      link.textContent = classCode;
      link.className = 'underline';
      note.append(
        `${number} is not assigned in the IANA registry (unassigned: ${from === to ? from : `${from}–${to}`}). `,
        'A client MUST treat a code it does not recognize as the x00 code of its class, here ',
        link,
        ' (RFC 9110 §15).',
      );
      note.hidden = false;
    }
  }
})();
