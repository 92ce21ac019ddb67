// The check-in on the room display: the question always, large; then, once results may be seen, the
// word cloud growing live (and on a scale the distribution beside it). The shell shows the title,
// status, timer and "12 of 15 have taken part".

import { el, setText, show } from '/js/dom.js';
import { createScaleBars } from './scale-bars.js';
import { createWordCloud } from './word-cloud.js';
import { createWordList } from './word-list.js';
import { modeOf, statusOf, visibleWords } from './shared.js';

export function board(root) {
  const prompt = el('p', { class: 'check-in-board-prompt', 'data-test': 'check-in-prompt' });
  const how = el('p', { class: 'check-in-board-how' });
  const waiting = el('p', { class: 'check-in-board-waiting', 'data-test': 'check-in-waiting' });
  const bars = el('ol', { 'aria-label': 'Answers on the scale' });
  const cloudHost = el('div', { class: 'check-in-cloud', 'data-test': 'check-in-cloud' });
  const listTitle = el('h2', { class: 'visually-hidden', text: 'Words from the room' });
  const list = el('ul', { class: 'visually-hidden', 'data-test': 'check-in-word-list' });
  const results = el('div', { class: 'check-in-board-results' }, bars, cloudHost);
  root.append(el('div', { class: 'check-in-board' }, prompt, how, waiting, results, listTitle, list));

  const drawCloud = createWordCloud(cloudHost);
  const drawBars = createScaleBars(bars);
  const drawList = createWordList(list);

  return {
    update(view) {
      const scale = modeOf(view) === 'scale';
      const status = statusOf(view);
      setText(prompt, view.prompt);
      setText(how, scale ? 'On your phone: pick 1 to 5, add a word if you like.' : 'On your phone: one word or a short phrase.');
      show(how, status !== 'closed');

      const hidden = !Array.isArray(view.words);
      const words = visibleWords(view);
      results.dataset.mode = scale ? 'scale' : 'word';
      show(results, !hidden);
      show(waiting, hidden || words.length === 0 && !scale);
      setText(
        waiting,
        hidden
          ? 'Answers stay hidden until the facilitator reveals them.'
          : status === 'notOpened' ? 'The words will appear here.' : 'The first words will appear here.',
      );
      show(bars, scale && !hidden);
      if (hidden) return;
      if (scale) drawBars(view.scale ?? []);
      drawCloud(words);
      drawList(words, view.moreWords ?? 0);
    },
  };
}
