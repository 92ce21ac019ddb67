// The 2×2 on the facilitator's console: the same square the board shows, and every item with its
// average on each axis, its spread in numbers and words, and how many placed it. The shell does open,
// close, timer, reveal and participation.

import { el, setText } from '/js/dom.js';
import { createPlane } from './plane.js';
import { teamMarks } from './legend.js';
import { agreementOf, hasPosition, peopleText, placementWords, positionsById } from './shared.js';

export function consoleBody(root) {
  const axes = el('p', { class: 'grid-console-axes', 'data-test': 'grid-axes' });
  const planeHost = el('div', { class: 'grid-console-plane' });
  const list = el('ol', { class: 'grid-legend grid-console-items', 'data-test': 'grid-console-items', 'aria-label': 'Where the team placed each item (0 = low end, 100 = high end)' });
  const note = el('p', { class: 'hint', 'data-test': 'grid-console-note' });
  root.append(el('div', { class: 'grid-console stack' }, axes, el('div', { class: 'grid-console-main' }, planeHost, el('div', { class: 'grid-console-side' }, list, note))));
  const { draw } = createPlane(planeHost);
  const rows = new Map();

  function row(item) {
    let parts = rows.get(item.itemId);
    if (parts) return parts;
    parts = {
      number: el('span', { class: 'grid-legend-number' }),
      text: el('span', { class: 'grid-legend-text', 'data-test': 'grid-console-item' }),
      place: el('span', { class: 'grid-console-place', 'data-test': 'grid-console-place' }),
      spread: el('span', { 'data-test': 'grid-console-spread' }),
      people: el('span', { class: 'grid-console-people', 'data-test': 'grid-console-people' }),
    };
    parts.row = el(
      'li',
      { class: 'grid-legend-item grid-console-item', 'data-test': 'grid-console-row', 'data-item-id': item.itemId },
      parts.number,
      parts.text,
      el('span', { class: 'grid-console-details' }, parts.place, parts.spread, parts.people),
    );
    rows.set(item.itemId, parts);
    return parts;
  }

  return {
    update(view) {
      // The console always has the positions (hiding results only keeps them from the room).
      const positions = positionsById(view) ?? new Map();
      setText(axes, `Across: ${view.x.name} (${view.x.low} → ${view.x.high}) · Up: ${view.y.name} (${view.y.low} → ${view.y.high})`);
      draw(view.x, view.y, teamMarks(view, positions));

      const wanted = new Set(view.items.map((i) => i.itemId));
      for (const [id, parts] of rows) {
        if (!wanted.has(id)) {
          parts.row.remove();
          rows.delete(id);
        }
      }
      view.items.forEach((item, index) => {
        const parts = row(item);
        const position = positions.get(item.itemId);
        const placed = hasPosition(position);
        setText(parts.number, index + 1);
        setText(parts.text, item.text);
        setText(parts.place, placed ? `${view.x.name} ${position.x} · ${view.y.name} ${position.y}` : '');
        setText(parts.spread, placed && position.people > 1 ? `spread ${position.spread}: ${placementWords(position)}` : placementWords(position));
        setText(parts.people, position?.people === 0 ? '' : `placed by ${peopleText(position)}`);
        parts.row.dataset.agreement = agreementOf(position) ?? 'none';
        if (list.children[index] !== parts.row) list.insertBefore(parts.row, list.children[index] ?? null);
      });
      setText(note, view.stage?.anonymous === true
        ? 'Anonymous: an item fewer than 3 people placed shows no position or count, here or on the board, so nobody’s placement can be read off it.'
        : 'Spread: how far from the average people placed an item, on the same 0–100 scale as the axes.');
    },
  };
}
