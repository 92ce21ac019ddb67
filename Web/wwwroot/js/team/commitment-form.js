// The form that writes a commitment (new, or a rewrite of one): what, why, owners (members, or the
// whole team), a first step and a review date. Facilitators only; the server checks it all again.

import { el } from '/js/dom.js';

let formCount = 0;

/**
 * Builds the form. `draft` fills it (a rewrite, or an item kept in a session); `onSubmit(draft, form)`
 * sends it and resolves when stored; `onCancel` closes it.
 */
export function commitmentForm({ draft = {}, members, submitLabel, onSubmit, onCancel }) {
  const n = ++formCount;
  const field = (name, label, input, hint) =>
    el('div', { class: 'field' }, el('label', { for: `${name}-${n}`, text: label }), hint ? el('p', { class: 'hint', id: `${name}-${n}-hint`, text: hint }) : null, input);
  const what = el('input', { id: `what-${n}`, name: 'what', required: true, maxlength: 200, value: draft.what ?? '', 'data-test': 'commitment-what' });
  const why = el('textarea', { id: `why-${n}`, name: 'why', maxlength: 500, rows: 2, 'data-test': 'commitment-why' });
  why.value = draft.why ?? '';
  const firstStep = el('input', { id: `step-${n}`, name: 'firstStep', maxlength: 200, value: draft.firstStep ?? '', 'data-test': 'commitment-first-step' });
  const reviewOn = el('input', { id: `review-${n}`, name: 'reviewOn', type: 'date', value: draft.reviewOn ?? '', 'data-test': 'commitment-review-on' });
  const owners = el(
    'fieldset',
    { class: 'owners' },
    el('legend', { text: 'Owners (none ticked: the whole team)' }),
    members.map((member) =>
      el(
        'label',
        { class: 'check' },
        el('input', { type: 'checkbox', value: member.participantId, checked: draft.owners?.includes(member.participantId) }),
        ` ${member.displayName}`,
      ),
    ),
  );
  const submit = el('button', { type: 'submit', class: 'button primary', text: submitLabel, 'data-test': 'commitment-save' });
  const form = el(
    'form',
    { class: 'commitment-form', novalidate: true },
    field('what', 'What we will try', what),
    field('why', 'Why', why),
    owners,
    field('step', 'First step', firstStep),
    field('review', 'Review on', reviewOn),
    el('div', { class: 'actions' }, submit, onCancel ? el('button', { type: 'button', class: 'button', text: 'Cancel', onclick: onCancel }) : null),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      await onSubmit({
        what: what.value,
        why: why.value,
        owners: [...owners.querySelectorAll('input:checked')].map((box) => box.value),
        firstStep: firstStep.value,
        reviewOn: reviewOn.value || null,
        sourceActivityId: draft.sourceActivityId ?? null,
        sourceItemId: draft.sourceItemId ?? null,
      }, form);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
