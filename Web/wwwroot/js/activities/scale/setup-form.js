// The agreement scale's own fields in the console's "add an activity" form: the statements, one per line.

import { el } from '/js/dom.js';

const EXAMPLE = ['We say what we really think', 'Mistakes are for learning', 'Everyone can lead', 'We decide together', 'We finish what we start'];

let forms = 0;

export function setupForm(root) {
  const id = `sc-statements-${++forms}`;
  const statements = el('textarea', { id, 'data-test': 'statements-input', rows: 7, required: true, 'aria-describedby': `${id}-hint` });
  root.append(
    el(
      'div',
      { class: 'field' },
      el('label', { for: id }, 'Statements ', el('span', { class: 'hint', text: '(one per line)' })),
      statements,
      el('p', { class: 'hint', id: `${id}-hint`, text: 'Everyone answers each statement from strongly disagree to strongly agree, or skips it.' }),
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
      if (lines.length < 2) throw new Error('Write at least two statements, one per line.');
      return { statements: lines };
    },
    describe: (setup) => `${setup.statements.length} statements, agreement 1–5`,
    reset,
  };
}
