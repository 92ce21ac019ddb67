// The guided Liberating Structures (C#: StructureKind, "structure"): 1-2-4-All, Impromptu Networking,
// TRIZ, What / So What / Now What and 15% Solutions, as timed steps with instructions on every screen.

import { board } from './board.js';
import { consoleBody } from './console.js';
import { phone } from './phone.js';
import { setupForm } from './setup-form.js';
import { currentStep, finished } from './shared.js';

export default {
  name: 'structure',
  label: 'Liberating Structure (guided steps)',
  css: '/js/activities/structure/structure.css',
  defaultTitle: '1-2-4-All',
  // What one step harvests is what the next works on: nothing to hold back until a reveal.
  hidableResults: false,
  words: {
    open: 'Open',
    notOpened: 'Starts soon',
    tookPart: 'have taken part',
  },
  // The structure's own buttons move it on: start, next step, finish.
  nextStep(view) {
    if (finished(view)) return null;
    const step = currentStep(view);
    return { step: 'kind', phrase: step ? 'move to the next step when the time is up' : 'start the first step' };
  },
  setupForm,
  console: consoleBody,
  board,
  phone,
};
