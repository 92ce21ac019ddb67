// The living plan in the programme's report: each commitment with what, why, owners (names; none means
// the whole team), first step, review date and status, and its dated notes, oldest first.

import { el } from '/js/dom.js';
import { formatDay } from '/js/report/dates.js';

function field(name, value) {
  return [el('dt', { text: name }), el('dd', { text: value })];
}

function noteLine(note) {
  const said = [note.status && `status now ${note.status}.`, note.text].filter(Boolean).join(' ');
  return el('li', {}, el('span', { class: 'note-when', text: `${formatDay(note.at)}, ${note.author}: ` }), said);
}

function commitment(c) {
  return el(
    'article',
    { class: 'report-commitment', 'data-test': 'report-commitment' },
    el('h3', {}, c.what, el('span', { class: 'commitment-status', text: ` (${c.status})` })),
    el(
      'dl',
      { class: 'report-fields' },
      field('Why', c.why || 'not written'),
      field('Owners', c.owners.length ? c.owners.join(', ') : 'the whole team'),
      field('First step', c.firstStep || 'not written'),
      field('Review on', formatDay(c.reviewOn) || 'not set'),
      field('Committed on', formatDay(c.createdAt)),
    ),
    el('h4', { text: 'Notes' }),
    c.notes.length
      ? el('ol', { class: 'report-notes' }, c.notes.map(noteLine))
      : el('p', { class: 'hint', text: 'No notes yet.' }),
  );
}

export function renderPlan(plan) {
  return el(
    'section',
    { class: 'report-plan', 'aria-labelledby': 'plan-heading', 'data-test': 'report-plan' },
    el('h2', { id: 'plan-heading', text: 'The living plan' }),
    plan.length ? plan.map(commitment) : el('p', { class: 'hint', text: 'No commitments yet.' }),
  );
}
