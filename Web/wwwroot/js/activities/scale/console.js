// The agreement scale on the facilitator's console, below the shared controls: the live results (the
// facilitator's copy always carries them), with the counts, averages and spreads written out.

import { el } from '/js/dom.js';
import { createDivergingChart, legend } from './diverging.js';

export function consoleView(root) {
  const chart = el('ol', { class: 'sc-console-chart', 'data-test': 'sc-chart', 'aria-label': 'Live answers per statement' });
  root.append(el('div', { class: 'sc-console' }, legend(), chart));
  const drawChart = createDivergingChart(chart);
  return {
    update(view) {
      drawChart(view);
    },
  };
}
