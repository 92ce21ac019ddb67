// The 100-points vote on a phone (360 px, one thumb): the team's results first once they are out, then
// how many points are left, always in view, and one card per statement with − and + (a step each).
// A tap that would pass the budget is refused here in words, before anything is sent; the server
// refuses it too.

import { el, setText, show } from '/js/dom.js';
import { normalizeStatus } from '/js/activity-stage.js';
import { createResultsChart, hasResults } from './results.js';

const total = (points) => Object.values(points).reduce((sum, n) => sum + n, 0);

export function phone(root, ctx) {
  const resultsList = el('ol', { class: 'pt-ranking', 'aria-label': 'Team results' });
  const results = el(
    'section',
    { class: 'pt-results', 'data-test': 'points-results', 'aria-labelledby': 'pt-results-heading', hidden: true },
    el('h3', { id: 'pt-results-heading', text: 'Team results' }),
    resultsList,
  );
  const leftNumber = el('span', { class: 'pt-left-number', 'data-test': 'points-left-number', text: '100' });
  const leftWords = el('span', { text: ' points left' });
  const budget = el('span', { class: 'pt-left-of' });
  // A status region: "35 points left" is read out after each tap, so the count is never only seen.
  const left = el('p', { class: 'pt-left', role: 'status', 'data-test': 'points-left' }, leftNumber, leftWords, budget);
  const rule = el('p', { class: 'hint', 'data-test': 'points-rule' });
  const hint = el('p', { class: 'pt-hint', 'data-test': 'points-hint' });
  const list = el('ul', { class: 'pt-statements', 'aria-label': 'Statements' });
  root.append(results, el('div', { class: 'pt-purse' }, left, hint), rule, list);

  const drawResults = createResultsChart(resultsList);
  const cards = new Map(); // statementId → card parts
  let latest = null; // { view, points, left, open }

  function change(statementId, direction) {
    if (!latest?.open) return;
    const { view, points, left: remaining } = latest;
    const given = points[statementId] ?? 0;
    // Said in words rather than by a greyed button: the person learns what to do instead.
    if (direction > 0 && remaining < view.step) {
      ctx.showError(`All ${view.budget} points are given: take some from another statement first (−).`);
      return;
    }
    const value = Math.max(0, given + direction * view.step);
    if (value === given) return;
    const next = { ...points };
    if (value === 0) delete next[statementId];
    else next[statementId] = value;
    ctx.submit({ points: next });
  }

  function buildCard(statementId) {
    const parts = {
      text: el('p', { class: 'pt-statement-text', 'data-test': 'statement-text' }),
      given: el('span', { class: 'pt-given', 'data-test': 'points-given' }),
      share: el('span', { class: 'pt-share-bar' }),
      take: el('button', { type: 'button', class: 'pt-button', 'data-test': 'take-points', text: '−', onclick: () => change(statementId, -1) }),
      give: el('button', { type: 'button', class: 'pt-button give', 'data-test': 'give-points', text: '+', onclick: () => change(statementId, +1) }),
    };
    parts.card = el(
      'li',
      { class: 'pt-statement', 'data-test': 'statement', 'data-statement-id': statementId },
      parts.text,
      el(
        'div',
        { class: 'pt-controls' },
        parts.take,
        el('span', { class: 'pt-tally' }, el('span', {}, parts.given, el('span', { class: 'pt-given-unit', text: ' points' })), el('span', { class: 'pt-share', 'aria-hidden': 'true' }, parts.share)),
        parts.give,
      ),
    );
    return parts;
  }

  // Cards are kept per statement and a statement accepted mid-vote is added to them, so a button keeps
  // its focus while people tap and while statements arrive.
  function drawCards(statements) {
    const wanted = new Set(statements.map((s) => s.statementId));
    for (const [id, parts] of cards) {
      if (!wanted.has(id)) {
        parts.card.remove();
        cards.delete(id);
      }
    }
    statements.forEach((statement, index) => {
      let parts = cards.get(statement.statementId);
      if (!parts) {
        parts = buildCard(statement.statementId);
        cards.set(statement.statementId, parts);
      }
      if (list.children[index] !== parts.card) list.insertBefore(parts.card, list.children[index] ?? null);
    });
  }

  return {
    update(view, contribution) {
      drawCards(view.statements);
      const open = normalizeStatus(view.stage?.status) === 'open';
      const points = ctx.pending()?.points ?? contribution?.points ?? {};
      const remaining = Math.max(0, view.budget - total(points));
      latest = { view, points, left: remaining, open };

      setText(leftNumber, remaining);
      setText(leftWords, remaining === 1 ? ' point left' : ' points left');
      setText(budget, ` of ${view.budget}`);
      setText(rule, `Tap + or − to give or take ${view.step} points. You need not give them all.`);
      setText(hint, open && remaining < view.step ? 'All your points are given. To move some, take them off a statement first (−).' : '');
      root.dataset.spent = String(open && remaining < view.step);

      for (const statement of view.statements) {
        const parts = cards.get(statement.statementId);
        const given = points[statement.statementId] ?? 0;
        setText(parts.text, statement.text);
        setText(parts.given, given);
        parts.share.style.width = `${(given / view.budget) * 100}%`;
        parts.card.classList.toggle('has-points', given > 0);
        parts.give.setAttribute('aria-label', `Give ${view.step} points to: ${statement.text}`);
        parts.take.setAttribute('aria-label', `Take ${view.step} points from: ${statement.text}`);
        // Closed: nothing can change. Open but nothing left: "+" stays usable and says why it cannot add.
        parts.give.disabled = !open;
        parts.give.setAttribute('aria-disabled', String(open && remaining < view.step));
        parts.take.disabled = !open || given <= 0;
      }

      const visible = hasResults(view);
      show(results, visible);
      if (visible) drawResults(view);
    },
  };
}
