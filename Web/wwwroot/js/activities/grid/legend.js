// The words beside a plane: each item with its number (as on its mark) and where the team put it, or
// why it has no place. What the plane shows, a screen reader hears from here.

import { el, setText } from '/js/dom.js';
import { agreementOf, axisWords, hasPosition, placementWords } from './shared.js';

/** Returns update(view, positions) for an <ol>; `withPlace` adds "Effort 20 (low), Impact 80 (high)". */
export function createLegend(list, { withPlace = true } = {}) {
  const rows = new Map(); // itemId → parts
  return function update(view, positions) {
    const wanted = new Set(view.items.map((i) => i.itemId));
    for (const [id, parts] of rows) {
      if (!wanted.has(id)) {
        parts.row.remove();
        rows.delete(id);
      }
    }
    view.items.forEach((item, index) => {
      let parts = rows.get(item.itemId);
      if (!parts) {
        parts = {
          number: el('span', { class: 'grid-legend-number' }),
          text: el('span', { class: 'grid-legend-text', 'data-test': 'grid-legend-text' }),
          words: el('span', { class: 'grid-legend-words', 'data-test': 'grid-legend-words' }),
        };
        parts.row = el('li', { class: 'grid-legend-item', 'data-test': 'grid-legend-item', 'data-item-id': item.itemId }, parts.number, parts.text, parts.words);
        rows.set(item.itemId, parts);
      }
      setText(parts.number, index + 1);
      setText(parts.text, item.text);
      const position = positions?.get(item.itemId);
      const place = withPlace && hasPosition(position) ? `${axisWords(view.x, position.x)}, ${axisWords(view.y, position.y)}: ` : '';
      setText(parts.words, positions ? `${place}${placementWords(position)}` : '');
      parts.row.dataset.agreement = agreementOf(position) ?? 'none';
      if (list.children[index] !== parts.row) list.insertBefore(parts.row, list.children[index] ?? null);
    });
  };
}

/** The plane's marks for the team's positions: only items with a position the server sent. */
export function teamMarks(view, positions) {
  if (!positions) return [];
  return view.items
    .map((item, index) => ({ item, index, position: positions.get(item.itemId) }))
    .filter(({ position }) => hasPosition(position))
    .map(({ item, index, position }) => ({
      key: item.itemId,
      number: index + 1,
      x: position.x,
      y: position.y,
      spread: position.spread,
      agreement: agreementOf(position),
    }));
}
