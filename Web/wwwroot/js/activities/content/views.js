// The card on the board (large: the join panel steps back), on a phone (readable on a narrow screen)
// and on the console (the card as the board shows it). None takes input: a card is only read.

import { el } from '/js/dom.js';
import { createCard } from './card.js';

// The shells put the card's heading (the activity title) at h2 on the board and the phone, and at h3
// on the console: a heading in the card's text comes one level below.
export function board(root) {
  const update = createCard(root, { headingLevel: 3, surface: 'board' });
  return {
    update(view) {
      update(view);
      return { compact: true };
    },
  };
}

export function phone(root) {
  const update = createCard(root, { headingLevel: 3, surface: 'phone' });
  return { update: (view) => update(view) };
}

export function consoleView(root) {
  root.append(
    el('p', {
      class: 'hint content-console-note',
      text: 'A content card takes no input: the board and the phones show it as below until you show another activity.',
    }),
  );
  const update = createCard(root, { headingLevel: 4, surface: 'console' });
  return { update: (view) => update(view) };
}
