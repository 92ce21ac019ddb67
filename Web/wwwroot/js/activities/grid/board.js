// The 2×2 on the room display: the square with the facilitator's axes and, once results may be seen,
// each item as a numbered mark at the team's average with a ring as wide as its spread; beside it the
// items in words ("people agree", "people placed this far apart"). The shell shows the title, status,
// timer and "12 of 15 have taken part".

import { el, setText, show } from '/js/dom.js';
import { createPlane } from './plane.js';
import { createLegend, teamMarks } from './legend.js';
import { positionsById, statusOf } from './shared.js';

export function board(root) {
  const planeHost = el('div', { class: 'grid-board-plane' });
  const how = el('p', { class: 'grid-board-how', 'data-test': 'grid-how' });
  const waiting = el('p', { class: 'grid-board-waiting', 'data-test': 'grid-waiting' });
  const legend = el('ol', { class: 'grid-legend', 'data-test': 'grid-legend', 'aria-label': 'Items on the 2×2' });
  const key = el('p', { class: 'grid-board-key', text: 'The wider the ring around a number, the further apart people placed it.' });
  root.append(el('div', { class: 'grid-board' }, planeHost, el('div', { class: 'grid-board-side' }, how, waiting, legend, key)));
  const body = root.lastElementChild;
  const { draw } = createPlane(planeHost);
  const drawLegend = createLegend(legend, { withPlace: false });

  return {
    // Asked by the board when even shrunk type would be too small to read (many long items).
    simplify() {
      if (body.classList.contains('simple')) return false;
      body.classList.add('simple');
      return true;
    },
    update(view) {
      body.classList.remove('simple');
      const status = statusOf(view.stage?.status);
      const positions = positionsById(view);
      setText(how, 'On your phone: place each item on the two axes. You can leave one out.');
      show(how, status !== 'closed');
      const placed = positions ? [...positions.values()].some((p) => p.people !== 0) : false;
      setText(waiting, positions ? 'The first placements will appear here.' : 'Positions stay hidden until the facilitator reveals them.');
      show(waiting, !positions || !placed);
      show(key, Boolean(positions) && placed);
      draw(view.x, view.y, teamMarks(view, positions));
      drawLegend(view, positions);
      // The square and a long list of items both need the width: the join panel steps back for them.
      return { compact: Boolean(positions) || view.items.length > 8 };
    },
  };
}
