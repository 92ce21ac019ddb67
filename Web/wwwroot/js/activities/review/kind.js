// The reconvene review (C#: ReviewKind, "review"): the team walks through commitments of its living plan,
// what happened, so what, now what, and the facilitator's decision for each is written to the plan.

import { board } from './board.js';
import { consoleBody } from './console.js';
import { phone } from './phone.js';
import { setupForm } from './setup.js';
import { nextStep } from './shared.js';

export default {
  name: 'review',
  label: 'Reconvene review (what happened, so what, now what, per commitment)',
  css: '/js/activities/review/review.css',
  defaultTitle: 'Our plan, reviewed',
  words: {
    open: 'Open the review',
    close: 'Close the review',
    reveal: 'Reveal the answers',
    tookPart: 'have answered',
    tookPartOne: 'has answered',
    whoTookPart: 'Answered',
    anonymousNote: 'Anonymous: nobody, not even the facilitator, sees who answered what. The plan’s notes name nobody.',
    namedNote: 'Not anonymous: the console shows who wrote each answer. The plan’s notes still name nobody.',
  },
  nextStep,
  setupForm,
  console: consoleBody,
  board,
  phone,
};
