// The dot vote on a phone: the team's ranking first once it is out (so a reveal is seen, not left
// below the fold), how many dots are left, then one card per statement with − and + for one thumb.

import { el, replace, setText, show } from '/js/dom.js';
import { normalizeStatus, plural } from '/js/activity-stage.js';
import { createRankingChart, hasVisibleTally, rankStatements } from './ranking.js';

const total = (dots) => Object.values(dots).reduce((sum, n) => sum + n, 0);

export function phone(root, ctx) {
  const resultsList = el('ol', { class: 'ranking', id: 'participant-ranking' });
  const results = el(
    'section',
    { class: 'results cp-results', id: 'results', 'aria-labelledby': 'results-heading', hidden: true },
    el('h3', { id: 'results-heading', text: 'Team ranking' }),
    resultsList,
  );
  const left = el('span', { 'data-test': 'dots-left', class: 'dots-left-number', text: '0' });
  const of = el('span', { id: 'dots-total', text: '0' });
  const hint = el('p', { class: 'cp-dots-hint', 'data-test': 'dots-hint' });
  const rule = el('p', { class: 'hint', id: 'dot-rule' });
  const list = el('ul', { id: 'statements', class: 'statements', 'aria-label': 'Statements' });
  root.append(results, el('p', { class: 'dots-left' }, left, ' of ', of, ' dots left'), hint, rule, list);

  const drawRanking = createRankingChart(resultsList);
  const rows = new Map(); // statementId → row parts
  let rowsKey = '';
  let latest = null; // { view, dots, left, open }

  function change(statementId, delta) {
    if (!latest?.open) return;
    const { view, dots } = latest;
    const count = dots[statementId] ?? 0;
    // Said here, in words, rather than by a greyed button: the person learns what to do instead.
    if (delta > 0 && latest.left <= 0) {
      ctx.showError(`All ${view.dotsPerParticipant} ${plural(view.dotsPerParticipant, 'dot', 'dots')} used: take one off to move it.`);
      return;
    }
    if (delta > 0 && count >= view.maxDotsPerStatement) {
      ctx.showError(`At most ${view.maxDotsPerStatement} ${plural(view.maxDotsPerStatement, 'dot', 'dots')} on one statement: put your next one on another.`);
      return;
    }
    const next = { ...dots };
    const value = Math.max(0, count + delta);
    if (value === 0) delete next[statementId];
    else next[statementId] = value;
    ctx.submit({ dots: next });
  }

  function buildRow({ statementId, text }) {
    const parts = {
      text: el('p', { class: 'statement-text', 'data-test': 'statement-text' }),
      count: el('span', { class: 'dot-count', 'data-test': 'dot-count' }),
      pips: el('span', { class: 'pips', 'aria-hidden': 'true' }),
      remove: el('button', {
        type: 'button',
        class: 'dot-button',
        'data-test': 'remove-dot',
        'aria-label': `Remove a dot from: ${text}`,
        text: '−',
        onclick: () => change(statementId, -1),
      }),
      add: el('button', {
        type: 'button',
        class: 'dot-button add',
        'data-test': 'add-dot',
        'aria-label': `Add a dot to: ${text}`,
        text: '+',
        onclick: () => change(statementId, +1),
      }),
    };
    parts.row = el(
      'li',
      { class: 'statement', 'data-test': 'statement', 'data-statement-id': statementId },
      parts.text,
      el(
        'div',
        { class: 'statement-controls' },
        parts.remove,
        el('span', { class: 'dot-tally' }, parts.count, el('span', { class: 'visually-hidden', text: ' dots' }), parts.pips),
        parts.add,
      ),
    );
    return parts;
  }

  return {
    update(view, contribution) {
      // Rows are rebuilt only for a different set of statements, so buttons keep focus while tapping.
      const key = JSON.stringify(view.statements);
      if (key !== rowsKey) {
        rowsKey = key;
        rows.clear();
        for (const statement of view.statements) rows.set(statement.statementId, buildRow(statement));
        replace(list, [...rows.values()].map((parts) => parts.row));
      }

      const open = normalizeStatus(view.stage?.status) === 'open';
      const dots = ctx.pending()?.dots ?? contribution?.dots ?? {};
      const leftCount = Math.max(0, view.dotsPerParticipant - total(dots));
      latest = { view, dots, left: leftCount, open };
      setText(left, leftCount);
      setText(of, view.dotsPerParticipant);
      setText(rule, `Up to ${view.maxDotsPerStatement} ${plural(view.maxDotsPerStatement, 'dot', 'dots')} on one statement.`);
      setText(
        hint,
        !open
          ? ''
          : leftCount === 0
            ? 'All your dots are placed. To move one, take it off first (−).'
            : '',
      );
      root.dataset.spent = String(open && leftCount === 0);

      for (const statement of view.statements) {
        const parts = rows.get(statement.statementId);
        const count = dots[statement.statementId] ?? 0;
        setText(parts.text, statement.text);
        setText(parts.count, count);
        // Pips help at a glance; past ten they are just noise.
        const pips = view.maxDotsPerStatement <= 10 ? '●'.repeat(count) + '○'.repeat(Math.max(0, view.maxDotsPerStatement - count)) : '';
        setText(parts.pips, pips);
        parts.row.classList.toggle('has-dots', count > 0);
        // Closed: nothing can change. Open but out of dots (or full): the button stays usable and says
        // why a tap cannot add, instead of just turning grey.
        parts.add.disabled = !open;
        parts.add.setAttribute('aria-disabled', String(open && (leftCount <= 0 || count >= view.maxDotsPerStatement)));
        parts.remove.disabled = !open || count <= 0;
      }

      const visible = hasVisibleTally(view);
      show(results, visible);
      if (visible) drawRanking(rankStatements(view.statements, view.tally));
    },
  };
}
