// The check-in kind (C#: CheckInKind, "check-in"): one word or a 1–5 scale with an optional word.
// The board draws a word cloud laid out by d3-cloud; see the modules beside this one.

import { board } from './board.js';
import { consoleBody, setupForm } from './console.js';
import { phone } from './phone.js';

export default {
  name: 'check-in',
  label: 'Check-in (one word or a 1–5 scale)',
  css: '/js/activities/check-in/check-in.css',
  defaultTitle: 'Check-in',
  setupForm,
  console: consoleBody,
  board,
  phone,
};
