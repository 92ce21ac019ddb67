// The 100-points vote on the facilitator's console, below the shared controls: points given and the
// live results with each statement's spread (the facilitator's copy always carries them).

import { el, setText } from '/js/dom.js';
import { createResultsChart } from './results.js';

export function consoleView(root) {
  const given = el('dd', { 'data-test': 'points-given-total', text: '0' });
  const step = el('dd', { 'data-test': 'points-step-size', text: '' });
  const ranking = el('ol', { class: 'pt-ranking', 'data-test': 'points-console-ranking', 'aria-label': 'Live results' });
  root.append(
    el('dl', { class: 'stats' }, el('div', {}, el('dt', { text: 'Points given' }), given), el('div', {}, el('dt', { text: 'In steps of' }), step)),
    ranking,
  );
  const drawResults = createResultsChart(ranking);
  return {
    update(view) {
      setText(given, view.pointsGiven ?? 0);
      setText(step, view.step);
      drawResults(view);
    },
  };
}
