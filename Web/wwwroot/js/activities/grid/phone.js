// The 2×2 on a phone (360 px, one thumb): a small square to tap the current item into place, and for
// each item two labelled sliders (keyboard-operable) that place it just as well. Everything placed is
// one input, sent whole; an item may be left out, or taken off again. Once the room may see results,
// where the team put each item follows below.

import { el, setText, show } from '/js/dom.js';
import { createPlane, pointOf } from './plane.js';
import { createLegend, teamMarks } from './legend.js';
import { HIGHEST, LOWEST, axisWords, positionsById, statusOf } from './shared.js';

let phones = 0;

export function phone(root, ctx) {
  const id = `grid-phone-${++phones}`;
  let view = null;
  let stored = {}; // the placements as the server last confirmed them
  let revision = -1;
  let current = null; // the item id a tap on the square places
  let open = false;
  let itemsKey = '';
  let resultsShown = false;

  const how = el('p', { class: 'grid-phone-how', 'data-test': 'grid-how' });
  const state = el('p', { class: 'grid-phone-state', 'data-test': 'grid-state' });
  const currentLine = el('p', { class: 'grid-phone-current', 'data-test': 'grid-current', 'aria-live': 'polite' });
  const planeHost = el('div', { class: 'grid-phone-plane' });
  const list = el('ol', { class: 'grid-phone-items', 'aria-label': 'Items to place' });
  const teamTitle = el('h3', { id: `${id}-team`, text: 'Where the team placed them' });
  const teamPlaneHost = el('div', { class: 'grid-phone-plane' });
  const teamList = el('ol', { class: 'grid-legend', 'data-test': 'grid-legend' });
  const team = el('section', { class: 'grid-phone-team', 'aria-labelledby': teamTitle.id, 'data-test': 'grid-team' }, teamTitle, teamPlaneHost, teamList);
  root.append(el('div', { class: 'grid-phone' }, how, state, currentLine, planeHost, list, team));

  const own = createPlane(planeHost, { test: 'grid-phone-plane' });
  const teamPlane = createPlane(teamPlaneHost, { test: 'grid-team-plane' });
  const drawLegend = createLegend(teamList);
  const cards = new Map(); // itemId → parts

  own.plane.addEventListener('click', (event) => {
    if (!open || !current) return;
    const point = pointOf(own.plane, event);
    const placedId = current;
    send({ ...placements(), [placedId]: point });
    // On to the next item nobody has placed yet, so a thumb can place them all in a row.
    const next = view.items.find((item) => item.itemId !== placedId && !(item.itemId in placements()));
    if (next) current = next.itemId;
    render();
  });

  /** What the page shows: the input on its way if there is one, else what the server holds. */
  function placements() {
    return ctx.pending()?.placements ?? stored;
  }

  function send(next) {
    ctx.submit({ placements: next }).then((answer) => {
      if (answer?.contribution) take(answer.contribution);
      render();
    });
    render();
  }

  function take(contribution) {
    if (!contribution || contribution.revision < revision) return;
    revision = contribution.revision;
    stored = contribution.placements ?? {};
  }

  function slider(item, axis, labelId) {
    const input = el('input', {
      type: 'range',
      min: String(LOWEST),
      max: String(HIGHEST),
      step: '1',
      class: 'grid-slider',
      'data-test': `grid-${axis}`,
      'aria-labelledby': `${labelId} ${id}-${item.itemId}-text`,
    });
    // While a thumb drags, only the mark moves; the placement is sent once the slider is let go (or on
    // each arrow key, which ends a change too).
    input.addEventListener('input', () => {
      const mine = placements()[item.itemId];
      const point = { x: mine?.x ?? 50, y: mine?.y ?? 50, [axis]: Number(input.value) };
      drawOwn({ [item.itemId]: point });
      describe(item, point);
    });
    input.addEventListener('change', () => {
      if (!open) return;
      const mine = placements()[item.itemId];
      const other = axis === 'x' ? 'y' : 'x';
      const point = { [axis]: Number(input.value), [other]: mine?.[other] ?? Number(cards.get(item.itemId)[other].value) };
      send({ ...placements(), [item.itemId]: point });
    });
    return input;
  }

  function card(item) {
    const labelX = `${id}-${item.itemId}-xlabel`;
    const labelY = `${id}-${item.itemId}-ylabel`;
    const parts = {
      number: el('span', { class: 'grid-phone-number', 'aria-hidden': 'true' }),
      text: el('span', { class: 'grid-phone-item-text', id: `${id}-${item.itemId}-text`, 'data-test': 'grid-item-text' }),
      status: el('p', { class: 'grid-phone-item-state', 'data-test': 'grid-item-state' }),
      xLabel: el('span', { id: labelX, class: 'grid-slider-name' }),
      yLabel: el('span', { id: labelY, class: 'grid-slider-name' }),
      xLow: el('span'),
      xHigh: el('span'),
      yLow: el('span'),
      yHigh: el('span'),
      tap: el('button', { type: 'button', class: 'button small', 'data-test': 'grid-tap-this', 'aria-pressed': 'false' }),
      off: el('button', { type: 'button', class: 'button small', 'data-test': 'grid-take-off', text: 'Take it off' }),
    };
    parts.x = slider(item, 'x', labelX);
    parts.y = slider(item, 'y', labelY);
    parts.tap.addEventListener('click', () => {
      current = item.itemId;
      render();
      own.plane.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    });
    parts.off.addEventListener('click', () => {
      const next = { ...placements() };
      delete next[item.itemId];
      send(next);
    });
    parts.row = el(
      'li',
      { class: 'grid-phone-item', 'data-test': 'grid-item', 'data-item-id': item.itemId },
      el('p', { class: 'grid-phone-item-head' }, parts.number, parts.text),
      parts.status,
      // Each end's label under the end of the slider it names; the slider's value text says it too.
      el('div', { class: 'grid-slider-field' }, parts.xLabel, parts.x, el('span', { class: 'grid-slider-ends', 'aria-hidden': 'true' }, parts.xLow, parts.xHigh)),
      el('div', { class: 'grid-slider-field' }, parts.yLabel, parts.y, el('span', { class: 'grid-slider-ends', 'aria-hidden': 'true' }, parts.yLow, parts.yHigh)),
      el('div', { class: 'grid-phone-actions' }, parts.tap, parts.off),
    );
    return parts;
  }

  /** The slider's words for a screen reader: "Effort 20 (low)", or that the item is not placed. */
  function describe(item, point) {
    const parts = cards.get(item.itemId);
    for (const axis of ['x', 'y']) {
      parts[axis].setAttribute('aria-valuetext', point ? axisWords(view[axis], point[axis]) : 'not placed yet');
    }
  }

  function drawOwn(moving = {}) {
    const mine = { ...placements(), ...moving };
    own.draw(
      view.x,
      view.y,
      view.items
        .map((item, index) => ({ item, index, point: mine[item.itemId] }))
        .filter(({ point }) => point)
        .map(({ item, index, point }) => ({ key: item.itemId, number: index + 1, x: point.x, y: point.y, current: item.itemId === current })),
    );
  }

  function render() {
    if (!view) return;
    const status = statusOf(view.stage?.status);
    open = status === 'open';
    const mine = placements();
    if (!view.items.some((item) => item.itemId === current)) current = null;
    current ??= (view.items.find((item) => !(item.itemId in mine)) ?? view.items[0])?.itemId ?? null;

    setText(how, `Tap the square to place the item in bold, or move its two sliders. ${view.x.name} goes across, ${view.y.name} goes up. You can leave an item out.`);
    show(how, open);
    setText(state, status === 'closed' ? 'The 2×2 is closed: your placements are kept as they are.' : status === 'open' ? '' : 'You can read the items already; placing opens soon.');
    show(state, !open);
    const currentItem = view.items.find((item) => item.itemId === current);
    setText(currentLine, open && currentItem ? `Tap to place: ${view.items.indexOf(currentItem) + 1}. ${currentItem.text}` : '');
    show(currentLine, open && Boolean(currentItem));
    own.plane.classList.toggle('tappable', open);

    // Cards are built again only for another set of items, so a slider keeps focus while it moves.
    const key = JSON.stringify(view.items);
    if (key !== itemsKey) {
      itemsKey = key;
      cards.clear();
      list.replaceChildren(...view.items.map((item) => {
        const parts = card(item);
        cards.set(item.itemId, parts);
        return parts.row;
      }));
    }
    view.items.forEach((item, index) => {
      const parts = cards.get(item.itemId);
      const point = mine[item.itemId] ?? null;
      setText(parts.number, index + 1);
      setText(parts.text, item.text);
      setText(parts.status, point ? `Placed: ${axisWords(view.x, point.x)}, ${axisWords(view.y, point.y)}` : 'Not placed yet');
      parts.row.dataset.placed = String(Boolean(point));
      parts.row.classList.toggle('current', item.itemId === current);
      setText(parts.xLabel, view.x.name);
      setText(parts.yLabel, view.y.name);
      setText(parts.xLow, view.x.low);
      setText(parts.xHigh, view.x.high);
      setText(parts.yLow, view.y.low);
      setText(parts.yHigh, view.y.high);
      for (const axis of ['x', 'y']) {
        // A slider being moved keeps what the thumb says until it is let go.
        if (document.activeElement !== parts[axis]) parts[axis].value = String(point?.[axis] ?? 50);
        parts[axis].disabled = !open;
      }
      describe(item, point);
      setText(parts.tap, item.itemId === current ? 'Tapping places this one' : 'Place by tapping');
      parts.tap.setAttribute('aria-pressed', String(item.itemId === current));
      parts.tap.disabled = !open;
      parts.off.disabled = !open || !point;
      show(parts.off, Boolean(point));
    });
    drawOwn();

    const positions = positionsById(view);
    show(team, Boolean(positions));
    // The reveal is for everyone: bring it into view rather than leave it below the fold.
    if (positions && !resultsShown && view.stage?.hideResultsUntilRevealed) {
      requestAnimationFrame(() => team.scrollIntoView({ block: 'nearest', behavior: 'smooth' }));
    }
    resultsShown = Boolean(positions);
    if (positions) {
      teamPlane.draw(view.x, view.y, teamMarks(view, positions));
      drawLegend(view, positions);
    }
  }

  return {
    update(nextView, contribution) {
      view = nextView;
      take(contribution);
      render();
    },
  };
}
