// The same words as the cloud, as a list a screen reader can read ("tired: 4 people"); the cloud's
// SVG is hidden from assistive technology. Visually hidden on the board, shown on phones.

import { el, replace } from '/js/dom.js';
import { peopleText } from './shared.js';

/** Returns update(words, moreWords) that keeps `list` (a <ul>) showing the words. */
export function createWordList(list) {
  return function update(words, moreWords = 0) {
    replace(
      list,
      words.map((w) => el('li', { 'data-test': 'check-in-word', 'data-key': w.key }, el('span', { class: 'check-in-word-text', text: w.word }), ': ', peopleText(w))),
      moreWords > 0 ? el('li', { class: 'check-in-more', text: `and ${moreWords} more ${moreWords === 1 ? 'word' : 'words'}` }) : null,
    );
  };
}
