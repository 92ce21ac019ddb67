// The dot vote on the facilitator's console, below the shared controls: dots placed and the live
// ranking (the facilitator's copy always carries the tally).

import { el, setText } from '/js/dom.js';
import { createRankingChart, rankStatements } from './ranking.js';

export function consoleView(root) {
  const placed = el('dd', { 'data-test': 'dots-placed', text: '0' });
  const ranking = el('ol', { class: 'ranking', id: 'facilitator-ranking', 'aria-label': 'Live ranking' });
  root.append(el('dl', { class: 'stats' }, el('div', {}, el('dt', { text: 'Dots placed' }), placed)), ranking);
  const drawRanking = createRankingChart(ranking);
  return {
    update(view) {
      setText(placed, view.dotsPlaced);
      drawRanking(rankStatements(view.statements, view.tally));
    },
  };
}
