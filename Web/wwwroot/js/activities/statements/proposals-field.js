// The setup form's "Let participants propose statements", after the kind's own fields; read() merges
// it into the kind's setup as allowProposals.

import { el } from '/js/dom.js';

export function withProposalsField(root, own) {
  const box = el('input', { id: 'sv-allow-proposals', 'data-test': 'allow-proposals-input', type: 'checkbox' });
  root.append(
    el(
      'div',
      { class: 'checkbox' },
      box,
      el('label', { for: box.id, text: 'Let participants propose statements (you decide what reaches the ballot)' }),
    ),
  );
  return {
    ...own,
    read: () => ({ ...own.read(), allowProposals: box.checked }),
    reset() {
      own.reset?.();
      box.checked = false;
    },
  };
}
