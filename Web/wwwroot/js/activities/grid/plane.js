// The 2×2 itself, drawn the same way on the board, the console and the phone: a square with the
// facilitator's axes (name and both ends written out) and numbered marks, each with a halo as wide as
// the item's spread. It is a picture only (hidden from screen readers): every surface says the same
// in words beside it. HTML rather than SVG, so its type is sized in em and shrinks with the board's.

import { el, setText } from '/js/dom.js';
import { HIGHEST } from './shared.js';

/**
 * Appends a plane to `root`. Returns { plane, draw(x, y, marks) } where marks are
 * { key, number, x, y, spread?, agreement?, current? } in 0–100 on both axes, and `plane` is the square
 * element (for a phone to take taps on).
 */
export function createPlane(root, { test = 'grid-plane' } = {}) {
  const yHigh = el('span', { class: 'grid-axis-end grid-y-high' });
  const yName = el('span', { class: 'grid-axis-name grid-y-name' });
  const yLow = el('span', { class: 'grid-axis-end grid-y-low' });
  const xLow = el('span', { class: 'grid-axis-end grid-x-low' });
  const xName = el('span', { class: 'grid-axis-name grid-x-name' });
  const xHigh = el('span', { class: 'grid-axis-end grid-x-high' });
  const plane = el('div', { class: 'grid-plane', 'data-test': test }, el('span', { class: 'grid-cross', 'aria-hidden': 'true' }));
  // The vertical axis' name sits above the square, where it reads without turning the head; its two
  // ends beside it, at the top and the bottom. The horizontal axis runs below.
  const figure = el(
    'div',
    { class: 'grid-figure', 'aria-hidden': 'true' },
    yName,
    el('div', { class: 'grid-y-axis' }, yHigh, yLow),
    plane,
    el('div', { class: 'grid-x-axis' }, xLow, xName, xHigh),
  );
  root.append(figure);
  const shown = new Map(); // key → { mark, halo }

  function draw(x, y, marks) {
    setText(yName, `${y.name} ↑`);
    setText(yHigh, y.high);
    setText(yLow, y.low);
    setText(xName, `${x.name} →`);
    setText(xLow, x.low);
    setText(xHigh, x.high);

    const wanted = new Set(marks.map((m) => m.key));
    for (const [key, parts] of shown) {
      if (!wanted.has(key)) {
        parts.mark.remove();
        parts.halo.remove();
        shown.delete(key);
      }
    }
    for (const m of marks) {
      let parts = shown.get(m.key);
      if (!parts) {
        parts = { halo: el('span', { class: 'grid-halo' }), mark: el('span', { class: 'grid-mark', 'data-test': 'grid-mark' }) };
        plane.append(parts.halo, parts.mark);
        shown.set(m.key, parts);
      }
      place(parts.mark, m.x, m.y);
      place(parts.halo, m.x, m.y);
      setText(parts.mark, m.number);
      parts.mark.dataset.item = m.key;
      parts.mark.dataset.agreement = m.agreement ?? 'none';
      parts.mark.classList.toggle('current', Boolean(m.current));
      // The halo's diameter is twice the spread, in the plane's own units (its width is 100).
      const spread = m.spread ?? 0;
      parts.halo.hidden = spread <= 0;
      parts.halo.style.width = `${Math.min(2 * spread, 2 * HIGHEST)}%`;
    }
  }

  return { plane, figure, draw };
}

/** Positions an element's centre at (x, y) of the plane through the CSSOM (the CSP refuses style attributes). */
function place(node, x, y) {
  node.style.left = `${x}%`;
  node.style.bottom = `${y}%`;
}

/** The position (0–100, whole numbers) of a pointer event on the plane. */
export function pointOf(plane, event) {
  const box = plane.getBoundingClientRect();
  const clamp = (v) => Math.min(HIGHEST, Math.max(0, Math.round(v)));
  return { x: clamp(((event.clientX - box.left) / box.width) * 100), y: clamp(((box.bottom - event.clientY) / box.height) * 100) };
}
