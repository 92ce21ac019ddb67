// The console's "Where we disagree" card: puts the list on the board, steps through the statements
// most divided first (one at a time, large, with its distribution), and back to the results. It says
// what the board shows now, and why it is unavailable while results are hidden.

import { el, setText } from '/js/dom.js';
import { agreementWords, mostDividedFirst } from './agreement.js';

export function disagreementConsole(root, ctx) {
  const onBoard = el('p', { class: 'sv-on-board', 'data-test': 'disagreement-on-board', role: 'status', 'aria-live': 'polite' });
  const why = el('p', { class: 'hint', 'data-test': 'disagreement-unavailable', id: 'sv-disagreement-why', hidden: true });
  const button = (test, text, onclick) => el('button', { type: 'button', class: 'button small', 'data-test': test, text, onclick });
  const showList = button('show-disagreement', 'Show on the board', () => steer({ name: 'show-disagreement' }));
  const previous = button('previous-statement', 'Previous statement', () => step(-1));
  const next = button('next-statement', 'Next statement', () => step(+1));
  const back = button('show-results', 'Back to results', () => steer({ name: 'show-results' }));
  const buttons = [showList, previous, next, back];
  root.append(
    el(
      'section',
      { class: 'sv-card', 'data-test': 'disagreement-card', 'aria-labelledby': 'sv-disagreement-heading' },
      el('h3', { id: 'sv-disagreement-heading', text: 'Where we disagree' }),
      el('p', { class: 'hint', text: 'Talk through the statements the room is most divided about, one at a time.' }),
      onBoard,
      why,
      el('div', { class: 'controls' }, buttons),
    ),
  );

  let latest = null; // the newest view

  async function steer(command) {
    ctx.showError('');
    try {
      await ctx.steer(command);
    } catch (error) {
      ctx.showError(error.message);
    }
  }

  /** The next (or previous) statement in spread order from the one on the board; from the list, the first (or last). */
  function step(direction) {
    const items = mostDividedFirst(latest);
    if (items.length === 0) return;
    const at = items.findIndex((i) => i.statement.statementId === latest.focus?.statementId);
    const index = at < 0 ? (direction > 0 ? 0 : items.length - 1) : Math.min(items.length - 1, Math.max(0, at + direction));
    steer({ name: 'focus-statement', target: items[index].statement.statementId });
  }

  return {
    update(view) {
      latest = view;
      const stage = view.stage ?? {};
      // The facilitator's copy always carries the agreement; the room must not see it before a reveal.
      const hidden = !(stage.resultsVisibleToAll ?? (!stage.hideResultsUntilRevealed || stage.revealed));
      const items = mostDividedFirst(view);
      const focus = view.focus ?? {};
      const at = items.findIndex((i) => i.statement.statementId === focus.statementId);

      if (!focus.disagreement) setText(onBoard, 'On the board: the results.');
      else if (at < 0) setText(onBoard, 'On the board: where we disagree, most divided first.');
      else setText(onBoard, `On the board: statement ${at + 1} of ${items.length}, “${items[at].statement.text}” (${agreementWords(items[at].agreement)}).`);

      setText(why, hidden ? 'Reveal the results first: where the room disagrees is a result too.' : '');
      why.hidden = !hidden;
      for (const b of buttons) {
        b.disabled = hidden;
        if (hidden) b.setAttribute('aria-describedby', why.id);
        else b.removeAttribute('aria-describedby');
      }
      if (hidden) return;
      showList.disabled = focus.disagreement && at < 0;
      back.disabled = !focus.disagreement;
      previous.disabled = items.length === 0 || at === 0;
      next.disabled = items.length === 0 || at === items.length - 1;
    },
  };
}
