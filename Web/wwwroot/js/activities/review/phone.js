// The review on a phone: the commitment on screen, then three short fields (what happened, so what, now
// what as keep/adapt/drop with optional words). The participant's input is their answers for every
// commitment, so when the facilitator goes back to one, its answers are there to change.

import { el, setText, show } from '/js/dom.js';
import { CHOICES, MAX_ANSWER_LENGTH, choiceLabel, choiceOf, currentOf, ownersText, outcomeText, statusOf } from './shared.js';

let phones = 0;

export function phone(root, ctx) {
  const id = `review-phone-${++phones}`;
  let view = null;
  let mine = null; // the contribution as stored: { answers, revision }
  let filledFor = null; // the commitment whose answers the fields hold
  let edited = false;

  const position = el('p', { class: 'review-position', 'data-test': 'review-phone-position' });
  const what = el('h2', { class: 'review-what', 'data-test': 'review-phone-what' });
  const facts = el('p', { class: 'review-phone-facts' });
  const decided = el('p', { class: 'review-outcome', 'data-test': 'review-phone-outcome' });
  const state = el('p', { class: 'review-phone-state', 'data-test': 'review-phone-state' });

  const area = (name, label) => {
    const input = el('textarea', { id: `${id}-${name}`, rows: '2', maxlength: String(MAX_ANSWER_LENGTH), 'data-test': `review-${name}` });
    input.addEventListener('input', () => (edited = true));
    return { input, field: el('div', { class: 'field' }, el('label', { for: input.id, text: label }), input) };
  };
  const happened = area('happened', 'What happened?');
  const learned = area('learned', 'So what? What did we learn?');
  const radios = CHOICES.map((choice) => {
    const input = el('input', { type: 'radio', name: `${id}-choice`, value: choice, 'data-test': `review-choice-${choice}` });
    input.addEventListener('change', () => (edited = true));
    return el('label', { class: 'checkbox' }, input, choiceLabel(choice));
  });
  const nowWhat = area('now-what', 'Now what, in a few words (optional)');
  const send = el('button', { type: 'submit', class: 'button primary', 'data-test': 'review-send', text: 'Send' });
  const saved = el('p', { class: 'review-saved', role: 'status', 'data-test': 'review-saved' });
  const form = el(
    'form',
    { class: 'review-phone-form stack', novalidate: true, onsubmit: onSend },
    happened.field,
    learned.field,
    el('fieldset', { class: 'review-choices' }, el('legend', { text: 'Now what?' }), radios),
    nowWhat.field,
    send,
    saved,
  );
  root.append(el('div', { class: 'review-phone stack' }, position, what, facts, decided, state, form));

  const answers = () => ctx.pending?.()?.answers ?? mine?.answers ?? [];
  const answerFor = (commitmentId) => answers().find((a) => a.commitmentId === commitmentId) ?? null;

  function fill(answer) {
    happened.input.value = answer?.happened ?? '';
    learned.input.value = answer?.learned ?? '';
    nowWhat.input.value = answer?.nowWhat ?? '';
    for (const label of radios) {
      const input = label.querySelector('input');
      input.checked = choiceOf(answer?.choice) === input.value;
    }
    edited = false;
  }

  async function onSend(event) {
    event.preventDefault();
    const current = currentOf(view);
    if (!current) return;
    const choice = radios.map((l) => l.querySelector('input')).find((i) => i.checked)?.value ?? null;
    const mineNow = {
      commitmentId: current.commitmentId,
      happened: happened.input.value.trim() || null,
      learned: learned.input.value.trim() || null,
      choice,
      nowWhat: nowWhat.input.value.trim() || null,
    };
    const others = answers().filter((a) => a.commitmentId !== current.commitmentId);
    const empty = !mineNow.happened && !mineNow.learned && !mineNow.choice && !mineNow.nowWhat;
    setText(saved, 'Sending…');
    const reply = await ctx.submit({ answers: empty ? others : [...others, mineNow] });
    if (reply?.contribution) take(reply.contribution);
    if (reply?.accepted) {
      edited = false;
      setText(saved, 'Saved. You can change it while the review is open.');
    } else setText(saved, '');
  }

  function take(contribution) {
    if (!contribution || (mine && contribution.revision < mine.revision)) return;
    mine = contribution;
  }

  function render() {
    const current = currentOf(view);
    const count = view?.commitments?.length ?? 0;
    show(form, !!current);
    if (!current) {
      setText(what, 'Nothing to review today.');
      return;
    }
    setText(position, `Commitment ${view.current + 1} of ${count}`);
    setText(what, current.what);
    setText(facts, `Owners: ${ownersText(current.owners)}${current.firstStep ? `. First step: ${current.firstStep}` : ''}`);
    setText(decided, outcomeText(current.outcome));
    show(decided, !!current.outcome);
    const open = statusOf(view) === 'open';
    setText(state, open ? '' : statusOf(view) === 'closed' ? 'The review is closed: your answers are kept as they are.' : 'You can read the commitment already; answers open soon.');
    show(state, !open);
    for (const input of form.querySelectorAll('textarea, input, button')) input.disabled = !open;
    // Fill the fields with this commitment's answers when it comes on screen, or when they arrive
    // stored, but never over what the person is typing.
    if (filledFor !== current.commitmentId || !edited) {
      if (filledFor !== current.commitmentId) setText(saved, '');
      fill(answerFor(current.commitmentId));
      filledFor = current.commitmentId;
    }
  }

  return {
    update(nextView, contribution) {
      view = nextView;
      take(contribution);
      render();
    },
  };
}
