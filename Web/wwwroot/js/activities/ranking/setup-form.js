// The ranking's own field in the console's "add an activity" form: the statements, one per line, as
// the dot vote takes them. Whether participants may propose more is the shared statement-vote field.

import { el } from '/js/dom.js';

const EXAMPLE = ['We say what we really think', 'Mistakes are for learning', 'Everyone can lead', 'We decide together', 'We finish what we start'];

export function setupForm(root) {
  const statements = el('textarea', { id: 'rk-statements', 'data-test': 'statements-input', rows: 7, required: true });
  root.append(
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'rk-statements' }, 'Statements to rank ', el('span', { class: 'hint', text: '(one per line)' })),
      statements,
    ),
  );

  const reset = () => {
    statements.value = EXAMPLE.join('\n');
  };
  reset();

  return {
    read() {
      const lines = statements.value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      if (lines.length < 2) throw new Error('Write at least two statements to rank, one per line.');
      return { statements: lines };
    },
    describe: (setup) => `${setup.statements.length} statements to rank`,
    reset,
  };
}
