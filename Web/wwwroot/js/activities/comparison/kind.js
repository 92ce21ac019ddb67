// The comparison card (C#: ComparisonKind, "comparison"): one of the team's series groups of results over
// time (the same statements voted on again, a check-in question, the strengths map), this session beside
// earlier ones, drawn by /js/team/results-over-time.js. It takes no input, so the shells leave out open,
// close, timer, reveal and who has taken part, as for a content card.

import { setupForm } from './setup-form.js';
import { board, consoleView, phone } from './views.js';

const NO_INPUT = 'No input';

export default {
  name: 'comparison',
  label: 'Comparison with earlier sessions',
  css: ['/js/team/results-over-time.css', '/js/activities/comparison/comparison.css'],
  defaultTitle: 'Then and now',
  takesInput: false,
  words: { facilitatorNotOpened: NO_INPUT, facilitatorOpen: NO_INPUT, facilitatorClosed: NO_INPUT },
  setupForm,
  console: consoleView,
  board,
  phone,
};
