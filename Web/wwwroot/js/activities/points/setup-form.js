// The 100-points vote's own fields in the console's "add an activity" form: the statements, one per
// line, and the step points go in (5 or 10).

import { el } from '/js/dom.js';

const EXAMPLE = ['We say what we really think', 'Mistakes are for learning', 'Everyone can lead', 'We decide together', 'We finish what we start'];

export function setupForm(root) {
  const statements = el('textarea', { id: 'pt-statements', 'data-test': 'statements-input', rows: 7, required: true });
  const step = (value) => el('input', { type: 'radio', name: 'pt-step', value, id: `pt-step-${value}`, 'data-test': `points-step-${value}` });
  const steps = [step(5), step(10)];
  root.append(
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'pt-statements' }, 'Statements ', el('span', { class: 'hint', text: '(one per line)' })),
      statements,
    ),
    el(
      'fieldset',
      { class: 'pt-steps-choice' },
      el('legend', { text: 'Each person shares 100 points, in steps of' }),
      steps.map((input) => el('label', { class: 'checkbox', for: input.id }, input, `${input.value} points`)),
    ),
  );

  const reset = () => {
    statements.value = EXAMPLE.join('\n');
    steps[1].checked = true; // tens: fewer taps on a phone, and fine enough for a handful of statements
  };
  reset();

  return {
    read() {
      const lines = statements.value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      if (lines.length === 0) throw new Error('Write at least one statement, one per line.');
      const chosen = steps.find((input) => input.checked);
      if (!chosen) throw new Error('Choose whether points go in steps of 5 or 10.');
      return { statements: lines, step: Number(chosen.value) };
    },
    describe: (setup) => `${setup.statements.length} ${setup.statements.length === 1 ? 'statement' : 'statements'}, in steps of ${setup.step}`,
    reset,
  };
}
