// The comparison on the board (chart and table, large: the join panel steps back), on the console (the
// card as the board shows it, refreshed from the team's results when the console shows it) and on a
// phone. None takes input.

import { el } from '/js/dom.js';
import { renderResultsOverTime } from '/js/team/results-over-time.js';

function drawing(root, tableShown) {
  let view = null;
  return {
    update(next) {
      const options = { sessionId: next.sessionId, headingLevel: 3, tableShown };
      if (view) view.update(next.group, options);
      else view = renderResultsOverTime(root, next.group, options);
      return view;
    },
  };
}

export function board(root) {
  const drawn = drawing(root, true);
  let view = null;
  return {
    update(next) {
      view = drawn.update(next);
      // Each drawing starts from the full picture; the board asks for the simpler one if it must.
      view.showTable(true);
      return { compact: true };
    },
    // Too small to read with the table: the chart alone (the table stays for screen readers).
    simplify() {
      view?.showTable(false);
      return true;
    },
  };
}

export function phone(root) {
  const drawn = drawing(root, false);
  return { update: (next) => drawn.update(next) };
}

export function consoleView(root, ctx) {
  root.append(el('p', { class: 'hint comparison-console-note', text: 'A comparison takes no input: the board shows it as below. It takes the team’s newest results each time you show it.' }));
  const drawn = drawing(root, false);
  // Shown now: take the points recorded since it was set up (this session's votes, closed a moment ago).
  // After this view is mounted: steering redraws the console, which must find it mounted already.
  queueMicrotask(() => ctx.steer({ name: 'refresh' }).catch((error) => ctx.showError?.(error.message)));
  return { update: (next) => drawn.update(next) };
}
