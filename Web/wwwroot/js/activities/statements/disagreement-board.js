// "Where we disagree" on the room display: the statements most divided first, each spread as a bar and
// in words; or, as the facilitator steps through them, one statement large with its distribution.
// Type is sized in em: the board shrinks the body's type until everything fits.

import { el, replace, setText, show } from '/js/dom.js';
import { agreementWords, answeredWords, bucketWords, mostDividedFirst, spreadPercent, SPLIT_WORDS } from './agreement.js';

export function disagreementBoard(root) {
  const listHeading = el('h3', { class: 'sv-board-heading', id: 'sv-board-heading', text: 'Where we disagree' });
  const list = el('ol', { class: 'sv-divided', 'data-test': 'disagreement-list', 'aria-labelledby': 'sv-board-heading' });
  const listPart = el('div', { class: 'sv-board-list' }, listHeading, el('p', { class: 'sv-board-sub', text: 'Most divided first' }), list);

  const place = el('p', { class: 'sv-focus-place', 'data-test': 'focus-place' });
  const text = el('h3', { class: 'sv-focus-text', 'data-test': 'focus-statement' });
  const words = el('p', { class: 'sv-focus-words', 'data-test': 'focus-words' });
  const split = el('p', { class: 'sv-split-mark sv-focus-split', 'data-test': 'focus-split', text: SPLIT_WORDS });
  const distribution = el('ul', { class: 'sv-distribution', 'data-test': 'focus-distribution', 'aria-label': 'How the room answered' });
  const focusPart = el('div', { class: 'sv-board-focus', hidden: true }, place, text, words, split, distribution);

  root.append(listPart, focusPart);

  function drawList(items) {
    replace(
      list,
      items.map(({ statement, agreement }) => {
        const row = el(
          'li',
          { class: 'sv-divided-row', 'data-test': 'disagreement-row', 'data-statement-id': statement.statementId },
          el('span', { class: 'sv-divided-text', 'data-test': 'disagreement-text', text: statement.text }),
          spreadBar(agreement),
          el('span', { class: 'sv-divided-words', 'data-test': 'disagreement-words', text: agreementWords(agreement) }),
        );
        row.dataset.split = String(Boolean(agreement?.split));
        return row;
      }),
    );
    list.dataset.size = items.length > 12 ? 'many' : items.length > 6 ? 'some' : 'few';
  }

  function drawFocus(item, index, count) {
    const { statement, agreement } = item;
    setText(place, `Where we disagree · ${index + 1} of ${count}`);
    setText(text, statement.text);
    setText(words, `${agreementWords(agreement).replace(` · ${SPLIT_WORDS}`, '')} · ${answeredWords(agreement)}`);
    show(split, Boolean(agreement?.split));
    const buckets = agreement?.buckets ?? [];
    const most = Math.max(1, ...buckets.map((b) => b.people ?? 0));
    replace(
      distribution,
      buckets.map((bucket) => {
        const bar = el('span', { class: 'sv-step-bar' });
        // CSSOM, not a style attribute, so the CSP allows it. "Fewer than 3" is drawn hatched, at a
        // fixed small length: its number is not given, so its bar must not tell it either.
        bar.style.width = bucket.fewerThanThree ? '8%' : `${((bucket.people ?? 0) / most) * 100}%`;
        const row = el(
          'li',
          { class: 'sv-step', 'data-test': 'focus-step' },
          el('span', { class: 'sv-step-label', 'data-test': 'focus-step-label', text: bucket.label }),
          el('span', { class: 'sv-step-track', 'aria-hidden': 'true' }, bar),
          el('span', { class: 'sv-step-count', 'data-test': 'focus-step-count', text: bucketWords(bucket) }),
        );
        row.dataset.few = String(Boolean(bucket.fewerThanThree));
        return row;
      }),
    );
  }

  return {
    /** Draws the list or the focused statement; false when the view has nothing of it to show. */
    update(view) {
      const items = mostDividedFirst(view);
      const focused = view.focus?.statementId ? items.findIndex((i) => i.statement.statementId === view.focus.statementId) : -1;
      show(listPart, focused < 0);
      show(focusPart, focused >= 0);
      if (focused >= 0) drawFocus(items[focused], focused, items.length);
      else drawList(items);
    },
  };
}

/** A spread as a bar; its words are beside it, so the bar itself is for the eye only. */
export function spreadBar(agreement) {
  const bar = el('span', { class: 'sv-spread-bar' });
  bar.style.width = `${spreadPercent(agreement)}%`;
  return el('span', { class: 'sv-spread-track', 'aria-hidden': 'true' }, bar);
}
