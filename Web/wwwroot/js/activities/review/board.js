// The review on the room display: the commitment on screen (what, owners, first step, status), the
// answers under the three headings as they come in, the keep/adapt/drop tally, and the decision once
// taken. Names never appear here, even in a named review: the board has none (the console does).

import { el, replace, setText, show } from '/js/dom.js';
import { commitmentCard, currentOf, choiceLabel, outcomeText, tallyList } from './shared.js';

export function board(root) {
  const card = el('div', { 'data-test': 'review-board-commitment' });
  const decision = el('p', { class: 'review-outcome review-board-outcome', 'data-test': 'review-board-outcome' });
  const waiting = el('p', { class: 'review-board-waiting', 'data-test': 'review-waiting' });
  const columns = el('div', { class: 'review-answers review-board-answers', 'data-test': 'review-board-answers' });
  root.append(el('div', { class: 'review-board' }, card, decision, waiting, columns));

  function column(title, items, test) {
    return el(
      'section',
      { class: 'review-heading', 'data-test': test },
      el('h3', { text: title }),
      el('ul', {}, items.map((t) => el('li', { 'data-test': 'review-board-answer' }, t.choice != null ? el('strong', { text: `${choiceLabel(t.choice)}: ` }) : null, t.text))),
    );
  }

  return {
    update(view) {
      const current = currentOf(view);
      const commitments = view.commitments ?? [];
      replace(card, current ? commitmentCard(current, view.current, commitments.length, 'review-board') : el('p', { text: 'Nothing to review today.' }));
      setText(decision, outcomeText(current?.outcome));
      show(decision, !!current?.outcome);
      const a = view.answers;
      const any = a && (a.happened.length || a.learned.length || a.nowWhat.length || a.tally.some((b) => b.fewerThanThree || b.people > 0));
      show(waiting, !!current && !any);
      setText(waiting, a ? 'On your phone: what happened, so what, now what.' : 'Answers stay hidden until the facilitator reveals them.');
      replace(
        columns,
        a && any
          ? [
              column('What happened', a.happened, 'review-board-happened'),
              column('So what', a.learned, 'review-board-learned'),
              el('section', { class: 'review-heading', 'data-test': 'review-board-now-what' }, el('h3', { text: 'Now what' }), tallyList(a.tally, { 'data-test': 'review-board-tally' }),
                el('ul', {}, a.nowWhat.map((t) => el('li', { 'data-test': 'review-board-answer' }, el('strong', { text: `${choiceLabel(t.choice) || '…'}: ` }), t.text)))),
            ]
          : null,
      );
    },
  };
}
