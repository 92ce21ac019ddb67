// What the guided structure's board, phone and console draw the same way: which step is on, its
// instruction and its time left, and the lists of entries the room may see.

import { el, replace } from '/js/dom.js';
import { createCountdown } from '/js/activity-stage.js';

export const MAX_PROMPT_LENGTH = 200;
export const MAX_ENTRY_LENGTH = 200;

export const STRUCTURES = [
  { name: '1-2-4-all', label: '1-2-4-All (about 12 minutes: alone, pairs, fours, all)', prompt: 'How might we share leadership in our team?' },
  { name: 'impromptu-networking', label: 'Impromptu Networking (3 rounds of 5 minutes)', prompt: 'What challenge do you bring to this workshop?' },
  { name: 'triz', label: 'TRIZ (3 × 10 minutes: make it worse, is this us?, first steps)', prompt: 'How could we make sure nobody but the boss ever leads?' },
  { name: 'what-so-what-now-what', label: 'What / So What / Now What (3 rounds)', prompt: 'Since we last met:' },
  { name: '15-percent-solutions', label: '15% Solutions (your first step, then share)', prompt: 'Towards our plan:' },
];

const MODES = ['write', 'mark', 'pairs', 'fours', 'harvest', 'gallery', 'network'];

/** "write" | "mark" | "pairs" | "fours" | "harvest" | "gallery" | "network", as a name or a number. */
export function modeOf(step) {
  const mode = step?.mode;
  return typeof mode === 'number' ? MODES[mode] ?? 'write' : String(mode ?? 'write').toLowerCase();
}

/** The step on now, or null before the start and once finished. */
export function currentStep(view) {
  const index = view?.stepIndex ?? -1;
  return index >= 0 && index < (view?.steps?.length ?? 0) ? view.steps[index] : null;
}

export const finished = (view) => (view?.stepIndex ?? -1) >= (view?.steps?.length ?? 0);

/** "Step 2 of 4 · 2 · In pairs", or where the structure stands before and after. */
export function stepHeading(view) {
  const step = currentStep(view);
  if (step) return `Step ${view.stepIndex + 1} of ${view.steps.length} · ${step.title}`;
  return finished(view) ? 'Finished' : 'Starts soon';
}

/** Returns update(view): the step's time left in `node`, counted down from its stored end time. */
export function createStepCountdown(node) {
  const update = createCountdown(node);
  return (view) => update(null, currentStep(view) && view.stepEndsAt ? { activityId: view.activityId, endsAt: view.stepEndsAt } : null);
}

/** Draws the room's entries of one step into a list: text, and TRIZ's marks ("3 of us do this", "fewer than 3"). */
export function drawEntries(list, entries, { marks = false } = {}) {
  replace(
    list,
    entries.map((entry) =>
      el(
        'li',
        { 'data-test': 'ls-entry', 'data-entry-id': entry.entryId },
        el('span', { class: 'ls-entry-text', text: entry.text }),
        marks ? el('span', { class: 'ls-entry-marks', 'data-test': 'ls-entry-marks', text: marksText(entry) }) : null,
      ),
    ),
  );
}

export function marksText(entry) {
  if (entry.fewerThanThree) return 'fewer than 3 say we do this';
  const marks = entry.marks ?? 0;
  return marks === 0 ? 'nobody says we do this' : `${marks} say we do this`;
}

/** The lists a step shows the room: each shared writing step's entries, and the marks once marking started. */
export function listsFor(view) {
  const entries = view.entries ?? [];
  const steps = view.steps ?? [];
  return steps
    .map((step, index) => ({ step, index, entries: entries.filter((e) => e.step === index) }))
    .filter((list) => list.entries.length > 0 && list.index <= Math.max(view.stepIndex, 0));
}
