// The review on the facilitator's console: step through the commitments (the board and the phones
// follow), watch the answers come in, and decide for the one on screen. A decision is written to the
// team's plan as a dated note; a refusal from the plan is shown here in its words.

import { el, replace, setText, show } from '/js/dom.js';
import { markNextStep } from '/js/console/next-step.js';
import { commitmentCard, currentOf, choiceLabel, decisionLabel, nextStep, outcomeText, tallyList, MAX_WORDS_LENGTH } from './shared.js';

let consoles = 0;

export function consoleBody(root, ctx) {
  const id = `review-console-${++consoles}`;
  const previous = el('button', { type: 'button', class: 'button', 'data-test': 'review-previous', text: 'Previous commitment' });
  const next = el('button', { type: 'button', class: 'button', 'data-test': 'review-next', text: 'Next commitment' });
  const card = el('div', { 'data-test': 'review-console-commitment' });
  const empty = el('p', { class: 'hint', text: 'Nothing to review: the team’s plan had no open commitments when this was added.' });
  const answers = el('div', { class: 'review-answers review-console-answers', 'data-test': 'review-console-answers' });
  const words = el('textarea', { id: `${id}-words`, rows: '2', maxlength: String(MAX_WORDS_LENGTH), 'data-test': 'review-decision-words' });
  const buttons = ['keep', 'adapt', 'drop', 'done'].map((d) =>
    el('button', { type: 'button', class: 'button', 'data-test': `review-decide-${d}`, 'data-decision': d, text: decisionLabel(d) }),
  );
  const outcome = el('p', { class: 'review-outcome', role: 'status', 'data-test': 'review-console-outcome' });
  const decide = el(
    'section',
    { class: 'review-decide stack', 'aria-labelledby': `${id}-decide` },
    el('h3', { id: `${id}-decide`, text: 'Decide for this commitment' }),
    el('label', { for: words.id, text: 'In your words, for the plan (what we learned, or the adapted wording; optional)' }),
    words,
    el('div', { class: 'review-decide-buttons' }, buttons),
    el('p', { class: 'hint', text: 'Keep and adapt set the status to trying, drop to dropped, done to done. Your words, or the most common “so what” answer, go into the plan’s note. No names are written.' }),
    outcome,
  );
  const list = el('ol', { class: 'review-console-list', 'aria-label': 'Commitments in this review' });
  root.append(el('div', { class: 'review-console stack' }, el('div', { class: 'review-nav' }, previous, next), empty, card, answers, decide, list));

  let view = null;
  let shownFor = null;

  async function steer(command, button) {
    if (button) button.disabled = true;
    try {
      await ctx.steer(command);
    } catch (error) {
      ctx.showError(error.message);
    } finally {
      if (button) button.disabled = false;
    }
  }

  previous.addEventListener('click', () => steer({ name: 'previous-commitment' }, previous));
  next.addEventListener('click', () => steer({ name: 'next-commitment' }, next));
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const current = currentOf(view);
      if (current) steer({ name: `decide-${button.dataset.decision}`, target: current.commitmentId, text: words.value.trim() || null }, button);
    });
  }

  function heading(title, items, names) {
    return el(
      'section',
      { class: 'review-heading' },
      el('h3', { text: title }),
      items.length
        ? el('ul', {}, items.map((t) => el('li', { 'data-test': 'review-console-answer' }, t.choice != null ? `${choiceLabel(t.choice)}: ` : '', t.text, t.participantId ? ` — ${names?.get(t.participantId) ?? 'someone who left'}` : '')))
        : el('p', { class: 'hint', text: 'No answers yet.' }),
    );
  }

  return {
    update(nextView) {
      view = nextView;
      const commitments = view.commitments ?? [];
      const current = currentOf(view);
      show(empty, !current);
      show(decide, !!current);
      previous.disabled = !current || view.current <= 0;
      next.disabled = !current || view.current >= commitments.length - 1;
      markNextStep(next, nextStep(view)?.phrase === 'show the next commitment');
      replace(card, current ? commitmentCard(current, view.current, commitments.length, 'review-console') : null);
      if (shownFor !== current?.commitmentId) {
        // Another commitment on screen: its own words, not the last one's.
        words.value = current?.outcome?.words ?? '';
        shownFor = current?.commitmentId ?? null;
      }
      setText(outcome, current?.outcome ? `${outcomeText(current.outcome)} Written to the plan: “${current.outcome.note}”` : 'Not decided yet.');
      for (const button of buttons) {
        const chosen = current?.outcome && decisionLabel(current.outcome.decision) === decisionLabel(button.dataset.decision);
        button.setAttribute('aria-pressed', chosen ? 'true' : 'false');
      }

      const a = view.answers;
      replace(
        answers,
        a
          ? [
              el('section', { class: 'review-heading' }, el('h3', { text: 'Now what, so far' }), tallyList(a.tally, { 'data-test': 'review-console-tally' })),
              heading('What happened', a.happened ?? [], ctx.names),
              heading('So what: what we learned', a.learned ?? [], ctx.names),
              heading('Now what, in words', a.nowWhat ?? [], ctx.names),
              a.more ? el('p', { class: 'hint', text: `and ${a.more} more answers` }) : null,
            ]
          : null,
      );
      replace(
        list,
        commitments.map((c, i) => {
          const label = i === view.current ? 'On screen' : 'Show';
          const button = el('button', { type: 'button', class: 'button small', text: label, 'aria-label': `${label}: ${c.what}` });
          button.disabled = i === view.current;
          button.addEventListener('click', () => steer({ name: 'show-commitment', target: c.commitmentId }, button));
          return el('li', { 'data-test': 'review-console-item' }, `${c.what}: ${c.outcome ? decisionLabel(c.outcome.decision).toLowerCase() : 'not decided'} `, button);
        }),
      );
    },
  };
}
