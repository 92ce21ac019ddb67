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
  // What the shells say around the check-in (see DEFAULT_WORDS in /js/activity-stage.js).
  words: {
    open: 'Open the check-in',
    close: 'Close the check-in',
    reveal: 'Reveal the answers',
    tookPart: 'have answered',
    tookPartOne: 'has answered',
    whoTookPart: 'Answered',
    anonymousNote: 'Anonymous: nobody, not even the facilitator, sees who answered what.',
    namedNote: 'Not anonymous: the facilitator can see who has answered, and their results download shows each person’s answer.',
  },
  setupForm,
  console: consoleBody,
  board,
  phone,
};
