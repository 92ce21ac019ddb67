// The guided structure on a phone: the step on now and what to do in it, its time left, then the one
// thing to do: write, mark the list, find your partners and pick what your group carries forward, or
// look at what the room found.

import { el, replace, setText, show } from '/js/dom.js';
import { MAX_ENTRY_LENGTH, createStepCountdown, currentStep, finished, marksText, modeOf, stepHeading } from './shared.js';

let forms = 0;

export function phone(root, ctx) {
  const id = `ls-phone-${++forms}`;
  let view = null;
  let mine = null;
  let joinAsked = -1; // the step a group was asked for, so a phone asks once per step

  const heading = el('h3', { class: 'ls-phone-step', 'data-test': 'ls-step' });
  const instruction = el('p', { class: 'ls-phone-instruction', 'data-test': 'ls-instruction' });
  const time = el('p', { class: 'time-left', 'data-test': 'ls-time-left' });
  const find = el('p', { class: 'ls-find', role: 'status', 'data-test': 'ls-find' });

  const label = el('label', { for: `${id}-text`, text: 'Your idea' });
  const text = el('textarea', { id: `${id}-text`, rows: '2', maxlength: String(MAX_ENTRY_LENGTH), 'data-test': 'ls-text' });
  const send = el('button', { type: 'submit', class: 'button primary', 'data-test': 'ls-send', text: 'Add' });
  const problem = el('p', { class: 'ls-problem', role: 'alert', 'data-test': 'ls-problem' });
  const form = el('form', { class: 'ls-write stack', novalidate: true, onsubmit: onWrite }, label, text, send, problem);

  const ownTitle = el('h4', { id: `${id}-own`, text: 'Yours in this step' });
  const own = el('ul', { class: 'ls-own', 'aria-labelledby': `${id}-own`, 'data-test': 'ls-own' });
  const groupTitle = el('h4', { id: `${id}-group`, text: 'Pick what your group carries forward' });
  const candidates = el('ul', { class: 'ls-candidates', 'aria-labelledby': `${id}-group`, 'data-test': 'ls-candidates' });
  const markTitle = el('h4', { id: `${id}-mark`, text: 'Mark what we already do, even a little' });
  const markList = el('ul', { class: 'ls-mark-list', 'aria-labelledby': `${id}-mark`, 'data-test': 'ls-mark-list' });
  const roomTitle = el('h4', { id: `${id}-room`, text: 'What the room found' });
  const room = el('ul', { class: 'ls-room', 'aria-labelledby': `${id}-room`, 'data-test': 'ls-room' });
  root.append(
    el(
      'div',
      { class: 'ls-phone stack' },
      heading, instruction, time, find, form,
      el('section', {}, ownTitle, own),
      el('section', {}, groupTitle, candidates),
      el('section', {}, markTitle, markList),
      el('section', {}, roomTitle, room),
    ),
  );
  const countdown = createStepCountdown(time);

  async function submit(input) {
    setText(problem, '');
    // Every action stands on its own (a second idea must not replace the first one still on its way):
    // each waits in its own line and keeps its submission id until the server has it.
    const answer = await ctx.submit(input, { aside: true });
    if (answer?.contribution) take(answer.contribution);
    if (answer && !answer.accepted && answer.rejection) setText(problem, answer.rejection);
    return answer;
  }

  async function onWrite(event) {
    event.preventDefault();
    const value = text.value.trim();
    if (!value) return setText(problem, 'Write something first.');
    const answer = await submit({ action: 'write', text: value });
    if (answer?.accepted) text.value = '';
  }

  function take(contribution) {
    mine = contribution;
    draw();
  }

  function draw() {
    if (!view) return;
    const step = currentStep(view);
    const mode = modeOf(step);
    const open = Boolean(step) && view.stage?.status !== 'closed';
    setText(heading, stepHeading(view));
    setText(instruction, step?.instruction ?? (finished(view) ? 'Thank you. Look at the board for what we found together.' : `${view.prompt} We start in a moment.`));
    countdown(view);

    const grouped = ['pairs', 'fours', 'network'].includes(mode);
    const group = mine?.group && mine.group.step === view.stepIndex ? mine.group : null;
    if (open && grouped && !group && joinAsked !== view.stepIndex) {
      // Arrived after the groups were formed (or reconnected before knowing): ask for one, once per step.
      joinAsked = view.stepIndex;
      submit({ action: 'join' });
    }
    show(find, grouped);
    setText(find, !grouped ? '' : group ? findText(group) : 'Finding you a group…');

    const writing = open && (mode === 'write' || mode === 'pairs' || mode === 'fours');
    show(form, writing);
    setText(label, mode === 'write' ? 'Your idea' : 'A new idea from your group (optional)');
    const mineNow = (mine?.entries ?? []).filter((e) => e.step === view.stepIndex);
    show(ownTitle, mineNow.length > 0);
    replace(
      own,
      mineNow.map((entry) =>
        el(
          'li',
          { 'data-test': 'ls-own-entry' },
          el('span', { text: entry.text }),
          open ? el('button', { type: 'button', class: 'button small quiet', text: 'Take back', 'aria-label': `Take back “${entry.text}”`, onclick: () => submit({ action: 'remove', entryId: entry.entryId }) }) : null,
        ),
      ),
    );

    const picking = open && group && (mode === 'pairs' || mode === 'fours');
    show(groupTitle, Boolean(picking));
    replace(
      candidates,
      picking
        ? group.candidates.map((c) =>
            el(
              'li',
              {},
              el('button', {
                type: 'button',
                class: c.entryId === group.pickedEntryId ? 'button ls-candidate picked' : 'button quiet ls-candidate',
                'aria-pressed': c.entryId === group.pickedEntryId ? 'true' : 'false',
                'data-test': 'ls-pick',
                text: c.text,
                onclick: () => submit({ action: 'pick', entryId: c.entryId }),
              }),
            ),
          )
        : [],
    );

    const marking = open && mode === 'mark';
    show(markTitle, marking);
    const marked = new Set(mine?.marked ?? []);
    replace(
      markList,
      marking
        ? (view.entries ?? []).filter((e) => e.step === 0).map((e) =>
            el(
              'li',
              {},
              el('button', {
                type: 'button',
                class: marked.has(e.entryId) ? 'button ls-mark marked' : 'button quiet ls-mark',
                'aria-pressed': marked.has(e.entryId) ? 'true' : 'false',
                'data-test': 'ls-mark',
                text: e.text,
                onclick: () => submit({ action: 'mark', entryId: e.entryId, on: !marked.has(e.entryId) }),
              }),
            ),
          )
        : [],
    );

    const seen = roomEntries(view, mode);
    show(roomTitle, seen.length > 0);
    replace(room, seen.map((item) => el('li', { 'data-test': 'ls-room-item' }, el('span', { text: item.text }), item.note ? el('span', { class: 'hint', text: ` · ${item.note}` }) : null)));
  }

  return {
    update(next, contribution) {
      view = next;
      if (contribution) mine = contribution;
      draw();
    },
  };
}

/** "Find Sam and Ana" (or the only partner): names are what the phone needs, the number helps the facilitator. */
function findText(group) {
  const names = group.partners;
  if (names.length === 0) return `Group ${group.number}: you are on your own for now; the facilitator will pair you.`;
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `Group ${group.number}: find ${list}.`;
}

/** The room's entries a phone shows: the shared lists (with marks after marking), and the harvest at the end. */
function roomEntries(view, mode) {
  const items = [];
  const marking = view.steps.some((s) => modeOf(s) === 'mark') && view.stepIndex >= 1;
  for (const entry of view.entries ?? []) {
    if (mode === 'mark' && entry.step === 0) continue; // already in the list to mark
    items.push({ text: entry.text, note: marking && entry.step === 0 ? marksText(entry) : '' });
  }
  if (mode === 'harvest' || finished(view)) {
    for (const pick of view.harvest ?? []) if (pick.text) items.push({ text: pick.text, note: `group ${pick.group}` });
  }
  return items;
}
