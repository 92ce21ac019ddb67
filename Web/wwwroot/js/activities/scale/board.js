// The agreement scale on the room display: the statements the room answers while results are hidden;
// once they are out, a diverging bar per statement (disagree to the left, agree to the right) with how
// divided the room is in words. The shell shows the title, status, timer and "12 of 15 have answered".

import { el, replace, setText, show } from '/js/dom.js';
import { normalizeStatus } from '/js/activity-stage.js';
import { createDivergingChart, legend } from './diverging.js';
import { resultsVisible } from './shared.js';

export function board(root) {
  const how = el('p', { class: 'sc-board-how', 'data-test': 'sc-board-how' });
  const statements = el('ol', { class: 'sc-board-statements', 'data-test': 'board-statements', 'aria-label': 'Statements' });
  const hidden = el(
    'div',
    { class: 'sc-board-hidden' },
    statements,
    el('p', { class: 'board-sub', text: 'Results stay hidden until the facilitator reveals them.' }),
  );
  const chart = el('ol', { class: 'sc-board-chart', 'data-test': 'sc-chart', 'aria-label': 'Answers per statement' });
  const results = el('div', { class: 'sc-board-results', hidden: true }, legend(), chart);
  root.append(el('div', { class: 'sc-board' }, how, hidden, results));
  const drawChart = createDivergingChart(chart);
  let statementsKey = '';

  return {
    update(view) {
      const status = normalizeStatus(view.stage?.status);
      const visible = resultsVisible(view);
      setText(how, 'On your phone: answer each statement from strongly disagree to strongly agree, or skip it.');
      // Once the bars are up they need the room more than the room needs the instructions.
      show(how, status !== 'closed' && !visible);
      show(hidden, !visible);
      show(results, visible);
      results.dataset.simple = 'false';
      if (!visible) {
        const key = JSON.stringify(view.statements);
        if (key !== statementsKey) {
          statementsKey = key;
          replace(statements, view.statements.map((s) => el('li', { class: 'sc-board-statement', 'data-test': 'board-statement', text: s.text })));
          statements.dataset.size = view.statements.length > 12 ? 'many' : view.statements.length > 6 ? 'some' : 'few';
        }
        return { compact: false };
      }
      drawChart(view);
      // The bars need the room: the shell lets the join panel step back.
      return { compact: true };
    },
    // Too many statements to read from the back: keep the bars and the words about the split, leave
    // the counts and averages to the phones and the console.
    simplify() {
      if (results.hidden || results.dataset.simple === 'true') return false;
      results.dataset.simple = 'true';
      return true;
    },
  };
}
