// The strengths map: each participant picks the strengths they bring and recognises strengths they see
// in teammates; the room sees the team's picture, never a score of anybody. Name = StrengthsKind.Name in C#.
import { setupForm } from './setup-form.js';
import { consoleView } from './console.js';
import { boardView } from './board.js';
import { phoneView } from './phone.js';

export default {
  name: 'strengths',
  label: 'Strengths map',
  css: '/js/activities/strengths/strengths.css',
  setupForm,
  console: consoleView,
  board: boardView,
  phone: phoneView,
};
