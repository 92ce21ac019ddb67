// The 100-points vote on the room display: the statements the room is voting on while results are
// hidden; once they are out, the statements ranked by points, each with how divided the room is. The
// shell shows the title, status, timer and "12 of 15 have voted".

import { el, replace, setText, show } from '/js/dom.js';
import { plural } from '/js/activity-stage.js';
import { createResultsChart, hasResults } from './results.js';

export function board(root) {
  const statements = el('ol', { class: 'pt-board-statements', 'data-test': 'board-statements', 'aria-label': 'Statements' });
  const how = el('p', { class: 'board-sub', 'data-test': 'points-board-how' });
  const hidden = el(
    'div',
    { class: 'pt-board-hidden' },
    statements,
    how,
  );
  const ranking = el('ol', { class: 'pt-ranking pt-board-ranking', 'data-test': 'points-board-ranking', 'aria-label': 'Ranking by points' });
  const summary = el('p', { class: 'board-sub', 'data-test': 'points-board-summary' });
  const results = el('div', { class: 'pt-board-results', hidden: true }, ranking, summary);
  root.append(hidden, results);
  const drawResults = createResultsChart(ranking);
  let statementsKey = '';

  return {
    update(view) {
      const visible = hasResults(view);
      show(hidden, !visible);
      show(results, visible);
      if (!visible) {
        const key = JSON.stringify(view.statements);
        if (key !== statementsKey) {
          statementsKey = key;
          replace(statements, view.statements.map((s) => el('li', { class: 'pt-board-statement', 'data-test': 'board-statement', text: s.text })));
          statements.dataset.size = view.statements.length > 12 ? 'many' : view.statements.length > 6 ? 'some' : 'few';
        }
        setText(how, `On your phone: share ${view.budget} points over the statements. Results stay hidden until the facilitator reveals them.`);
        return { compact: false };
      }
      const voters = view.stage?.contributors ?? 0;
      setText(summary, `${voters} ${plural(voters, 'person', 'people')} · ${view.pointsGiven} of ${voters * view.budget} points given`);
      drawResults(view);
      return { compact: true };
    },
    // Too many statements to read their distributions from the back of the room: keep the ranking,
    // the spread and the split mark, leave the steps out.
    simplify() {
      if (ranking.dataset.simple === 'true') return false;
      ranking.dataset.simple = 'true';
      return true;
    },
  };
}
