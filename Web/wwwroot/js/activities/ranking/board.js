// The ranking on the room display: the statements the room is ranking while results are hidden (or
// nobody has ranked yet), the team's order with how far apart people placed each statement once they
// are out. The shell shows the title, status, timer and "12 of 15 have ranked".

import { el, replace, setText, show } from '/js/dom.js';
import { plural } from '/js/activity-stage.js';
import { createTeamOrder, hasVisibleScores } from './team-order.js';

// Past this many statements they take two columns and the whole width.
const MANY = 12;

export function board(root) {
  const statements = el('ol', { class: 'rk-board-statements', 'data-test': 'board-statements', 'aria-label': 'Statements to rank' });
  const waitingNote = el('p', { class: 'board-sub', 'data-test': 'ranking-waiting' });
  const waiting = el('div', { class: 'rk-board-waiting' }, statements, waitingNote);
  const team = el('ol', { class: 'rk-board-team', 'data-test': 'board-team-order', 'aria-label': 'The team’s order' });
  const summary = el('p', { class: 'board-sub', 'data-test': 'ranking-summary' });
  const results = el('div', { class: 'rk-board-results', hidden: true }, team, summary);
  const body = el('div', { class: 'rk-board' }, waiting, results);
  root.append(body);
  const drawTeam = createTeamOrder(team);
  let statementsKey = '';
  let last = null;
  let simple = false;

  function draw(view) {
    body.dataset.simple = String(simple);
    body.dataset.size = view.statements.length > MANY ? 'many' : 'few';
    const rankers = view.stage?.contributors ?? 0;
    const visible = hasVisibleScores(view) && rankers > 0;
    show(waiting, !visible);
    show(results, visible);
    if (!visible) {
      const key = JSON.stringify(view.statements);
      if (key !== statementsKey) {
        statementsKey = key;
        replace(
          statements,
          view.statements.map((s) => el('li', { class: 'rk-board-statement', 'data-test': 'board-statement' }, el('span', { text: s.text }))),
        );
        statements.dataset.size = view.statements.length > MANY ? 'many' : view.statements.length > 6 ? 'some' : 'few';
      }
      setText(waitingNote, hasVisibleScores(view) ? 'Nobody has ranked yet.' : 'Results stay hidden until the facilitator reveals them.');
      return { compact: view.statements.length > MANY };
    }
    drawTeam.withSteps(!simple);
    drawTeam(view);
    setText(summary, `${rankers} ${plural(rankers, 'person has', 'people have')} ranked · a first place is worth ${view.statements.length - 1} points, a last none`);
    // The team's order needs the room: the shell lets the join panel step back.
    return { compact: true };
  }

  return {
    update(view) {
      last = view;
      simple = false;
      return draw(view);
    },
    // The board's type would be too small to read: one line per statement (long ones end in "…"),
    // the team's order keeping each statement's rank, points and split mark; the thirds and the
    // spread in words step back (the "Where we disagree" view shows them large).
    simplify() {
      if (simple || !last) return false;
      simple = true;
      draw(last);
      return true;
    },
  };
}
