// The guided structure on the room display: the step on now, large, with its instruction and its time
// left readable from the back of the room; then the room's lists (TRIZ's three, What / So What / Now
// What's three rounds, 15%'s set) and what each group carried forward.

import { el, replace, setText, show } from '/js/dom.js';
import { createStepCountdown, currentStep, drawEntries, finished, listsFor, modeOf, stepHeading } from './shared.js';

export function board(root) {
  const prompt = el('p', { class: 'ls-board-prompt', 'data-test': 'ls-prompt' });
  const heading = el('h2', { class: 'ls-board-step', 'data-test': 'ls-step' });
  const instruction = el('p', { class: 'ls-board-instruction', 'data-test': 'ls-instruction' });
  const time = el('p', { class: 'time-left board-time-left ls-board-time', 'data-test': 'ls-time-left' });
  const note = el('p', { class: 'ls-board-note', 'data-test': 'ls-note' });
  const lists = el('div', { class: 'ls-board-lists' });
  const harvestTitle = el('h3', { class: 'ls-board-harvest-title', text: 'What our groups carried forward' });
  const harvest = el('ol', { class: 'ls-board-harvest', 'data-test': 'ls-harvest' });
  root.append(el('div', { class: 'ls-board' }, prompt, heading, instruction, time, note, lists, el('section', {}, harvestTitle, harvest)));
  const countdown = createStepCountdown(time);

  return {
    update(view) {
      const step = currentStep(view);
      const mode = modeOf(step);
      setText(prompt, view.prompt);
      setText(heading, stepHeading(view));
      setText(instruction, step?.instruction ?? (finished(view) ? 'Thank you. Here is what we found together.' : 'We start in a moment.'));
      countdown(view);
      const written = view.entriesPerStep?.[view.stepIndex] ?? 0;
      const notes = {
        write: step?.shared ? '' : `${written} written so far, each on their own phone.`,
        pairs: `${view.groups} pairs: your phone says who to find.`,
        fours: `${view.groups} groups: your phone says who to find.`,
        network: `${view.groups} pairs: your phone says who to find.`,
        mark: 'On your phone: mark what we already do.',
      };
      setText(note, step ? notes[mode] ?? '' : '');
      show(note, Boolean(note.textContent));
      const shown = listsFor(view).filter((list) => list.step.shared || mode === 'gallery' || finished(view));
      replace(
        lists,
        shown.map((list) => {
          const ul = el('ul', { class: 'ls-entries' });
          drawEntries(ul, list.entries, { marks: view.steps.some((s) => modeOf(s) === 'mark') && list.index === 0 && view.stepIndex >= 1 });
          return el('section', { class: 'ls-board-list' }, el('h3', { text: list.step.title }), ul);
        }),
      );
      const picks = (view.harvest ?? []).filter((h) => h.text);
      const harvesting = mode === 'harvest' || finished(view);
      show(harvestTitle, harvesting && picks.length > 0);
      show(harvest, harvesting && picks.length > 0);
      replace(harvest, harvesting ? picks.map((h) => el('li', { 'data-test': 'ls-harvest-item', text: h.text })) : []);
    },
  };
}
