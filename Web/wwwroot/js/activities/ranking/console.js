// The ranking on the facilitator's console, below the shared controls: how many have ranked and the
// team's order as it forms (the facilitator's copy always carries it), with each statement's agreement.

import { el, setText } from '/js/dom.js';
import { createTeamOrder } from './team-order.js';

export function consoleView(root) {
  const rankers = el('dd', { 'data-test': 'rankings-count', text: '0' });
  const team = el('ol', { id: 'facilitator-team-order', 'aria-label': 'The team’s order so far' });
  root.append(el('dl', { class: 'stats' }, el('div', {}, el('dt', { text: 'Rankings' }), rankers)), team);
  const drawTeam = createTeamOrder(team);
  return {
    update(view) {
      setText(rankers, view.stage?.contributors ?? 0);
      drawTeam(view);
    },
  };
}
