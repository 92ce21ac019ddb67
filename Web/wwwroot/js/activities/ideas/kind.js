// The ideas kind (C#: IdeasKind, "ideas"): private writing on phones, the reveal, grouping on the
// console (drag and drop, or tick and "Group with this") and, when allowed, on phones, a dot vote, and
// a shortlist the facilitator keeps for the team's plan. See the modules beside this one.

import { board } from './board.js';
import { consoleBody, nextStep } from './console.js';
import { phone } from './phone.js';
import { setupForm } from './setup-form.js';

export default {
  name: 'ideas',
  label: 'Ideas: write, group, vote',
  css: '/js/activities/ideas/ideas.css',
  defaultTitle: 'Ideas',
  // What the shells say around ideas (see DEFAULT_WORDS in /js/activity-stage.js).
  words: {
    reveal: 'Reveal the entries',
    resultsOut: 'The entries are revealed.',
    anonymousNote: 'Anonymous: nobody, not even the facilitator, sees who wrote what or who put dots where.',
    namedNote: 'Not anonymous: the facilitator can see who has taken part, and their results download shows who wrote what and where each person put their dots.',
  },
  nextStep,
  setupForm,
  console: consoleBody,
  board,
  phone,
};
