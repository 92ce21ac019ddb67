// The dot vote's own fields in the console's "add an activity" form.

import { el } from '/js/dom.js';

const EXAMPLE = ['We say what we really think', 'Mistakes are for learning', 'Everyone can lead', 'We decide together', 'We finish what we start'];

function numberField(id, test, label, value) {
  const input = el('input', { id, 'data-test': test, type: 'number', inputmode: 'numeric', min: 1, max: 30, value, required: true });
  return { input, field: el('div', { class: 'field' }, el('label', { for: id, text: label }), input) };
}

export function setupForm(root) {
  const statements = el('textarea', { id: 'cp-statements', 'data-test': 'statements-input', rows: 7, required: true });
  const dots = numberField('cp-dots-per-participant', 'dots-per-participant-input', 'Dots per participant', 3);
  const most = numberField('cp-max-dots-per-statement', 'max-dots-per-statement-input', 'Max dots per statement', 2);
  root.append(
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'cp-statements' }, 'Statements ', el('span', { class: 'hint', text: '(one per line)' })),
      statements,
    ),
    el('div', { class: 'field-row' }, dots.field, most.field),
  );

  const reset = () => {
    statements.value = EXAMPLE.join('\n');
    dots.input.value = '3';
    most.input.value = '2';
  };
  reset();

  return {
    read() {
      const lines = statements.value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      if (lines.length === 0) throw new Error('Write at least one statement, one per line.');
      const dotsPerParticipant = Number(dots.input.value);
      const maxDotsPerStatement = Number(most.input.value);
      if (!Number.isInteger(dotsPerParticipant) || !Number.isInteger(maxDotsPerStatement)) {
        throw new Error('Enter whole numbers for the dots.');
      }
      return { statements: lines, dotsPerParticipant, maxDotsPerStatement };
    },
    describe: (setup) => `${setup.statements.length} ${setup.statements.length === 1 ? 'statement' : 'statements'}`,
    reset,
  };
}
