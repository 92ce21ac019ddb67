// The distribution of a 1–5 check-in: one labelled bar per band, its count written beside it, so the
// bars never rely on colour or length alone. A band of "fewer than 3" (anonymous check-ins only, when
// fewer than three have answered) is drawn hatched and says so in words.

import { el, setText } from '/js/dom.js';
import { bandLabel, peopleText } from './shared.js';

/** Returns update(bands) that keeps `list` (an <ol>) showing the bands. */
export function createScaleBars(list) {
  list.classList.add('check-in-scale');
  list.setAttribute('data-test', 'check-in-scale');
  const rows = new Map();

  return function update(bands) {
    const most = Math.max(1, ...bands.map((b) => b.people ?? 0));
    const wanted = new Set(bands.map(bandLabel));
    for (const [label, row] of rows) {
      if (!wanted.has(label)) {
        row.item.remove();
        rows.delete(label);
      }
    }
    bands.forEach((band, index) => {
      const label = bandLabel(band);
      let row = rows.get(label);
      if (!row) {
        row = {
          value: el('span', { class: 'check-in-scale-value' }),
          bar: el('span', { class: 'check-in-scale-bar' }),
          count: el('span', { class: 'check-in-scale-count', 'data-test': 'check-in-scale-count' }),
        };
        row.item = el(
          'li',
          { class: 'check-in-scale-row', 'data-test': 'check-in-scale-row', 'data-band': label },
          row.value,
          el('span', { class: 'check-in-scale-track' }, row.bar),
          row.count,
        );
        rows.set(label, row);
      }
      setText(row.value, label);
      setText(row.count, peopleText(band));
      row.item.dataset.few = band.fewerThanThree ? 'true' : 'false';
      // CSSOM, not a style attribute in markup, so the CSP allows it.
      row.bar.style.width = band.fewerThanThree ? '100%' : `${((band.people ?? 0) / most) * 100}%`;
      if (list.children[index] !== row.item) list.insertBefore(row.item, list.children[index] ?? null);
    });
  };
}
