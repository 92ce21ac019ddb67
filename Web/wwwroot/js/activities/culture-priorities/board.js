// The dot vote on the room display: the statements the room is voting on while results are hidden,
// the ranking once they are out. The shell shows the title, status, timer and "12 of 15 have voted".

import { el, replace, setText, show } from '/js/dom.js';
import { plural } from '/js/activity-stage.js';
import { createRankingChart, hasVisibleTally, rankStatements } from './ranking.js';

export function board(root) {
  const statements = el('ol', { class: 'cp-board-statements', 'data-test': 'board-statements', 'aria-label': 'Statements' });
  const hidden = el(
    'div',
    { class: 'cp-board-hidden', id: 'board-hidden' },
    statements,
    el('p', { class: 'board-sub', text: 'Results stay hidden until the facilitator reveals them.' }),
  );
  const ranking = el('ol', { class: 'ranking board-ranking', id: 'board-ranking', 'aria-label': 'Ranking' });
  const summary = el('p', { class: 'board-sub', id: 'board-results-summary' });
  const results = el('div', { class: 'board-results', id: 'board-results', hidden: true }, ranking, summary);
  root.append(hidden, results);
  const drawRanking = createRankingChart(ranking);
  let statementsKey = '';

  return {
    update(view) {
      const visible = hasVisibleTally(view);
      show(hidden, !visible);
      show(results, visible);
      if (!visible) {
        const key = JSON.stringify(view.statements);
        if (key !== statementsKey) {
          statementsKey = key;
          replace(
            statements,
            view.statements.map((s) => el('li', { class: 'cp-board-statement', 'data-test': 'board-statement', text: s.text })),
          );
          statements.dataset.size = view.statements.length > 12 ? 'many' : view.statements.length > 6 ? 'some' : 'few';
        }
        return { compact: false };
      }
      const voters = view.stage?.contributors ?? 0;
      setText(summary, `${voters} ${plural(voters, 'person', 'people')} · ${view.dotsPlaced} ${plural(view.dotsPlaced, 'dot', 'dots')}`);
      drawRanking(rankStatements(view.statements, view.tally));
      // A ranking needs the room: the shell lets the join panel step back.
      return { compact: true };
    },
  };
}
