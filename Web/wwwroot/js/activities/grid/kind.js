// The 2×2 kind (C#: GridKind, "grid"): everyone places the same items on two axes the facilitator
// names; the room sees each item at the team's average position, with how far apart people placed it.

import { board } from './board.js';
import { consoleBody } from './console.js';
import { phone } from './phone.js';
import { setupForm } from './setup-form.js';

export default {
  name: 'grid',
  label: '2×2 (place items on two axes)',
  css: '/js/activities/grid/grid.css',
  defaultTitle: '2×2',
  // What the shells say around the 2×2 (see DEFAULT_WORDS in /js/activity-stage.js).
  words: {
    open: 'Open the 2×2',
    close: 'Close the 2×2',
    reveal: 'Reveal the positions',
    tookPart: 'have placed items',
    tookPartOne: 'has placed items',
    whoTookPart: 'Placed items',
    anonymousNote: 'Anonymous: nobody, not even the facilitator, sees who placed what. An item fewer than 3 people placed shows no position.',
    namedNote: 'Not anonymous: the facilitator can see who has placed items, and their results download shows where each person put each item.',
  },
  setupForm,
  console: consoleBody,
  board,
  phone,
};
