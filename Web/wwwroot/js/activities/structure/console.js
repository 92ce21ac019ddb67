// The guided structure on the facilitator's console: every step with its time, the one on now, and the
// buttons a first-time facilitator needs (start, next step, back, one minute more or less); then what
// the room has written and what each group carried forward.

import { el, replace, setText, show } from '/js/dom.js';
import { createStepCountdown, currentStep, drawEntries, finished, listsFor, modeOf, stepHeading } from './shared.js';

export function consoleBody(root, ctx) {
  const prompt = el('p', { class: 'ls-console-prompt', 'data-test': 'ls-prompt' });
  const heading = el('p', { class: 'ls-step-heading', 'data-test': 'ls-step' });
  const instruction = el('p', { class: 'ls-instruction', 'data-test': 'ls-instruction' });
  const time = el('p', { class: 'time-left', 'data-test': 'ls-time-left' });
  const steps = el('ol', { class: 'ls-steps', 'aria-label': 'Steps' });
  const button = (test, text, onclick) => el('button', { type: 'button', class: 'button', 'data-test': test, text, onclick });
  const next = button('ls-next', 'Start', () => steer({ name: 'step-next' }));
  const back = button('ls-back', 'Back a step', () => steer({ name: 'step-back' }));
  const more = button('ls-more', '+1 minute', () => steer({ name: 'step-time', seconds: 60 }));
  const less = button('ls-less', '−1 minute', () => steer({ name: 'step-time', seconds: -60 }));
  const groups = el('p', { class: 'hint', 'data-test': 'ls-groups' });
  const lists = el('div', { class: 'ls-lists' });
  const harvestTitle = el('h3', { text: 'Carried forward' });
  const harvest = el('ol', { class: 'ls-harvest', 'data-test': 'ls-harvest' });
  root.append(
    el('div', { class: 'ls-console stack' }, prompt, heading, instruction, time, el('div', { class: 'controls' }, next, back, more, less), groups, steps, lists, el('section', {}, harvestTitle, harvest)),
  );
  const countdown = createStepCountdown(time);
  let busy = false;

  async function steer(command) {
    busy = true;
    [next, back, more, less].forEach((b) => (b.disabled = true));
    try {
      await ctx.steer(command);
    } catch (error) {
      ctx.showError(error.message);
    } finally {
      busy = false;
      [next, back, more, less].forEach((b) => (b.disabled = false));
    }
  }

  /** "Keep for our plan": the team's shortlist, which the plan starts from. */
  function keepButton(view, entryId, text) {
    const kept = (view.kept ?? []).includes(entryId);
    return el('button', {
      type: 'button',
      class: 'button small quiet',
      'data-test': 'ls-keep',
      disabled: kept,
      'aria-label': kept ? `“${text}” is kept for our plan` : `Keep “${text}” for our plan`,
      text: kept ? 'Kept for our plan' : 'Keep for our plan',
      onclick: () => steer({ name: 'keep', target: entryId }),
    });
  }

  return {
    update(view) {
      const step = currentStep(view);
      setText(prompt, view.prompt);
      setText(heading, stepHeading(view));
      setText(instruction, step?.instruction ?? (finished(view) ? 'Done. Go back a step to carry on, or move to the next activity.' : 'Press Start when the room is ready.'));
      countdown(view);
      const last = view.stepIndex === view.steps.length - 1;
      setText(next, view.stepIndex < 0 ? 'Start' : last ? 'Finish' : `Next: ${view.steps[view.stepIndex + 1]?.title ?? ''}`);
      next.disabled = busy || finished(view);
      back.disabled = busy || view.stepIndex <= 0;
      more.disabled = less.disabled = busy || !step;
      replace(
        steps,
        view.steps.map((s, i) =>
          el('li', { class: i === view.stepIndex ? 'ls-step current' : 'ls-step', 'aria-current': i === view.stepIndex ? 'step' : null }, `${s.title} · ${s.minutes} min · ${view.entriesPerStep?.[i] ?? 0} written`),
        ),
      );
      const grouped = ['pairs', 'fours', 'network'].includes(modeOf(step));
      show(groups, grouped);
      setText(groups, grouped ? `${view.groups} groups formed from who is here. Late arrivals are added to a group when they open their phone.` : '');
      const keeping = ['harvest', 'gallery'].includes(modeOf(step)) || finished(view);
      const keep = (entryId, text) => (keeping && entryId ? keepButton(view, entryId, text) : null);
      replace(lists, listsFor(view).map((list) => listSection(list, view, keep)));
      const picks = view.harvest ?? [];
      show(harvestTitle, picks.length > 0);
      replace(harvest, picks.map((h) => el('li', { 'data-test': 'ls-harvest-item' }, `Group ${h.group} (${h.people}): `, el('span', { text: h.text ?? 'not picked yet' }), h.text ? keep(h.entryId, h.text) : null)));
    },
  };
}

function listSection(list, view, keep) {
  const ul = el('ul', { class: 'ls-entries' });
  drawEntries(ul, list.entries, { marks: view.steps.some((s) => modeOf(s) === 'mark') && list.index === 0 && view.stepIndex >= 1 });
  [...ul.children].forEach((li, i) => li.append(keep(list.entries[i].entryId, list.entries[i].text) ?? ''));
  return el('section', {}, el('h3', { text: list.step.title }), ul);
}
