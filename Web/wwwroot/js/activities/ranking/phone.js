// The ranking on a phone (one thumb, 360 px, or a keyboard): once results are out, the team's order
// first; then the participant's own order, each statement with Up, Down, First and Remove; below it the
// statements not in their order yet, each with Add (to the end) and First. Every tap sends the whole
// order. Nothing is ranked until the person places it, so nobody's ballot is the facilitator's order
// by default, and a statement a proposal adds later waits below until they place it.

import { el, setText, show } from '/js/dom.js';
import { normalizeStatus } from '/js/activity-stage.js';
import { createTeamOrder, hasVisibleScores } from './team-order.js';

let phones = 0;

// Each button: its visible word, the mark beside it (hidden from screen readers), and its accessible
// name. "Remove" shows only its ×: three words and a square fit one row on a 360 px phone.
const BUTTONS = {
  up: { word: 'Up', mark: '↑', name: (t) => `Move '${t}' up` },
  down: { word: 'Down', mark: '↓', name: (t) => `Move '${t}' down` },
  first: { word: 'First', mark: '⤒', name: (t) => `Put '${t}' first` },
  remove: { word: '', mark: '×', name: (t) => `Remove '${t}' from your order` },
  add: { word: 'Add', mark: '+', name: (t) => `Add '${t}' to your order` },
};

export function phone(root, ctx) {
  const id = `rk-${++phones}`;
  const teamList = el('ol', { 'data-test': 'phone-team-order', 'aria-labelledby': `${id}-team` });
  const results = el(
    'section',
    { class: 'rk-results', 'data-test': 'ranking-results', 'aria-labelledby': `${id}-team`, hidden: true },
    el('h3', { id: `${id}-team`, text: 'The team’s order' }),
    teamList,
  );
  const hint = el('p', { class: 'rk-hint', 'data-test': 'ranking-hint' });
  const mineTitle = el('h3', { id: `${id}-mine`, class: 'rk-heading', text: 'Your order' });
  const mine = el('ol', { class: 'rk-mine', 'data-test': 'my-order', 'aria-labelledby': `${id}-mine` });
  const mineEmpty = el('p', { class: 'hint', 'data-test': 'my-order-empty', text: 'Nothing in your order yet.' });
  const restTitle = el('h3', { id: `${id}-rest`, class: 'rk-heading' });
  const restNote = el('p', { class: 'rk-rest-note', 'data-test': 'unranked-note' });
  const rest = el('ul', { class: 'rk-rest', 'data-test': 'unranked', 'aria-labelledby': `${id}-rest` });
  const restPart = el('div', { class: 'rk-rest-part' }, restTitle, restNote, rest);
  // Where a move is said for screen readers ("… is now number 2 of 5"): the list itself moves silently.
  const said = el('p', { class: 'visually-hidden', 'aria-live': 'polite', 'data-test': 'ranking-said' });
  root.append(results, hint, mineTitle, mine, mineEmpty, restPart, said);

  const drawTeam = createTeamOrder(teamList);
  const ranked = new Map(); // statementId → row parts in "Your order"
  const unranked = new Map(); // statementId → row parts below it
  let latest = null; // { view, order, open, texts }
  let refocus = null; // after a tap: which statement's which button should have the focus once redrawn

  function say(message) {
    // Cleared first, so the same words said twice are announced twice.
    said.textContent = '';
    requestAnimationFrame(() => setText(said, message));
  }

  function act(action, statementId) {
    if (!latest?.open) return;
    const order = [...latest.order];
    const at = order.indexOf(statementId);
    const text = latest.texts.get(statementId) ?? '';
    if ((action === 'up' || action === 'first') && at === 0) return say(`'${text}' is first already.`);
    if (action === 'down' && at === order.length - 1) return say(`'${text}' is last in your order already.`);
    if (at >= 0) order.splice(at, 1);
    if (action === 'up') order.splice(at - 1, 0, statementId);
    else if (action === 'down') order.splice(at + 1, 0, statementId);
    else if (action === 'first') order.unshift(statementId);
    else if (action === 'add') order.push(statementId);

    const rests = [...unranked.keys()];
    refocus = root.contains(document.activeElement) ? { statementId, action, fromRest: at < 0, restIndex: rests.indexOf(statementId) } : null;
    say(action === 'remove' ? `'${text}' is out of your order.` : `'${text}' is now number ${order.indexOf(statementId) + 1} of ${order.length} in your order.`);
    ctx.submit({ order });
  }

  function button(action, statementId) {
    const { word, mark } = BUTTONS[action];
    return el(
      'button',
      { type: 'button', class: `rk-button rk-${action}`, 'data-test': `rank-${action}`, onclick: () => act(action, statementId) },
      el('span', { class: 'rk-mark', 'aria-hidden': 'true', text: mark }),
      word ? ` ${word}` : null,
    );
  }

  function buildRow(statementId, actions, test) {
    const parts = {
      place: el('span', { class: 'rk-place', 'data-test': 'my-place' }),
      text: el('p', { class: 'rk-text', 'data-test': 'statement-text' }),
      buttons: Object.fromEntries(actions.map((action) => [action, button(action, statementId)])),
    };
    parts.row = el(
      'li',
      { class: 'rk-item', 'data-test': test, 'data-statement-id': statementId },
      el('div', { class: 'rk-item-head' }, parts.place, parts.text),
      el('div', { class: 'rk-controls', 'data-buttons': String(actions.length) }, Object.values(parts.buttons)),
    );
    return parts;
  }

  /** Keeps `list` showing `ids` in order, one kept row per statement (moved, never rebuilt). */
  function drawList(list, rows, ids, actions, test, drawRow) {
    const wanted = new Set(ids);
    for (const [statementId, parts] of rows) {
      if (!wanted.has(statementId)) {
        parts.row.remove();
        rows.delete(statementId);
      }
    }
    ids.forEach((statementId, index) => {
      let parts = rows.get(statementId);
      if (!parts) {
        parts = buildRow(statementId, actions, test);
        rows.set(statementId, parts);
      }
      const text = latest.texts.get(statementId) ?? '';
      setText(parts.text, text);
      for (const [action, node] of Object.entries(parts.buttons)) {
        const name = BUTTONS[action].name(text);
        if (node.getAttribute('aria-label') !== name) node.setAttribute('aria-label', name);
        node.disabled = !latest.open;
      }
      drawRow(parts, index);
      if (list.children[index] !== parts.row) list.insertBefore(parts.row, list.children[index] ?? null);
    });
  }

  // A moved row was taken out of the page and put back, which loses the focus: give it back to the
  // same statement's button (or its neighbour when that one no longer applies), so a keyboard user can
  // press "Up" again and again.
  function restoreFocus() {
    if (!refocus) return;
    const { statementId, action, fromRest, restIndex } = refocus;
    refocus = null;
    const usable = (node) => node && !node.disabled && node.getAttribute('aria-disabled') !== 'true';
    const inOrder = ranked.get(statementId)?.buttons;
    let target = null;
    if (action === 'remove') target = unranked.get(statementId)?.buttons.add;
    // Placing statements one after another: the next one waiting below gets the focus.
    else if (fromRest && unranked.size > 0) target = [...unranked.values()][Math.min(restIndex, unranked.size - 1)].buttons.add;
    else if (inOrder) {
      const preferred = { up: ['up', 'down'], down: ['down', 'up'], first: ['down', 'remove'], add: ['up', 'down'] }[action] ?? ['remove'];
      target = [...preferred, 'remove'].map((a) => inOrder[a]).find(usable);
    }
    if (target && document.activeElement !== target) target.focus();
  }

  return {
    update(view, contribution) {
      const open = normalizeStatus(view.stage?.status) === 'open';
      const texts = new Map(view.statements.map((s) => [s.statementId, s.text]));
      const order = (ctx.pending()?.order ?? contribution?.order ?? []).filter((statementId) => texts.has(statementId));
      latest = { view, order, open, texts };
      const rests = view.statements.map((s) => s.statementId).filter((statementId) => !order.includes(statementId));

      drawList(mine, ranked, order, ['up', 'down', 'first', 'remove'], 'my-statement', (parts, index) => {
        setText(parts.place, index + 1);
        // At the ends a button stays in reach (the focus does not jump) and says why it does nothing.
        parts.buttons.up.setAttribute('aria-disabled', String(index === 0));
        parts.buttons.first.setAttribute('aria-disabled', String(index === 0));
        parts.buttons.down.setAttribute('aria-disabled', String(index === order.length - 1));
      });
      drawList(rest, unranked, rests, ['add', 'first'], 'unranked-statement', (parts) => setText(parts.place, ''));
      show(mineEmpty, order.length === 0);
      show(restPart, rests.length > 0);
      setText(restTitle, order.length === 0 ? 'Statements to rank' : 'Not in your order yet');
      setText(
        restNote,
        order.length === 0 ? '' : `${rests.length === 1 ? 'This statement gets' : 'These statements get'} no points from you until you place ${rests.length === 1 ? 'it' : 'them'}.`,
      );
      show(restNote, order.length > 0);

      const status = normalizeStatus(view.stage?.status);
      setText(
        hint,
        status === 'closed'
          ? 'Ranking is closed: your order is kept as it is.'
          : status !== 'open'
            ? 'Ranking opens soon. You can read the statements already.'
            : order.length === 0
              ? 'Tap “Add” on the statement that matters most to you, then on the next one. Move them up or down until the order is yours.'
              : rests.length === 0
                ? 'Every statement is in your order. Move them until the order is yours: each tap is saved.'
                : 'Add the rest in the order they matter to you, or leave out what you cannot judge.',
      );

      const visible = hasVisibleScores(view) && (view.stage?.contributors ?? 0) > 0;
      show(results, visible);
      if (visible) drawTeam(view);
      restoreFocus();
    },
  };
}
