// Shared pieces of the culture-priorities activity: status wording and the live ranking chart that
// the board, the facilitator console and the phones all draw.

import { el, setText } from '/js/dom.js';

export const CULTURE_PRIORITIES = 'culture-priorities';

const STATUS_NAMES = ['notOpened', 'open', 'closed'];

/** "notOpened" | "open" | "closed", whether the server sends the enum as a name or a number. */
export function normalizeStatus(status) {
  if (typeof status === 'number') return STATUS_NAMES[status] ?? 'notOpened';
  const name = String(status ?? '').toLowerCase();
  if (name === 'open') return 'open';
  if (name === 'closed') return 'closed';
  return 'notOpened';
}

/** How phones and the board describe the voting status. */
export function audienceStatusText(status) {
  switch (normalizeStatus(status)) {
    case 'open':
      return 'Voting is open';
    case 'closed':
      return 'Voting is closed';
    default:
      return 'Voting opens soon';
  }
}

/** Whether the tally may be drawn for this view (the audience views carry no tally while hidden). */
export function hasVisibleTally(view) {
  return Array.isArray(view?.tally) && view.tallyVisible !== false;
}

export const plural = (count, one, many) => (count === 1 ? one : many);

/**
 * Returns update(view) that keeps `node` showing the time left on a running voting timer
 * ("2:05 left"), hidden when there is none. The end time comes from the server; the countdown ticks
 * locally so it keeps moving between snapshots.
 */
export function createCountdown(node) {
  let closesAt = null;
  const tick = () => {
    node.hidden = closesAt === null;
    if (closesAt === null) return;
    const left = Math.max(0, Math.ceil((closesAt - Date.now()) / 1000));
    setText(node, `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left`);
  };
  setInterval(tick, 1000);
  return (view) => {
    const running = view && normalizeStatus(view.status) === 'open' && view.closesAt;
    closesAt = running ? Date.parse(view.closesAt) : null;
    tick();
  };
}

/**
 * Returns update(ranking) that draws the ranking (from rankStatements) into `list` (an <ol>).
 * Rows are kept per statement and only moved when their place changes, so the bar widths animate
 * with the CSS transition instead of being rebuilt.
 */
export function createRankingChart(list) {
  const rows = new Map();

  function buildRow(statementId) {
    const parts = {
      rank: el('span', { class: 'ranking-rank' }),
      text: el('span', { class: 'ranking-text', 'data-test': 'ranking-text' }),
      bar: el('span', { class: 'ranking-bar' }),
      dots: el('span', { 'data-test': 'ranking-dots' }),
      unit: el('span', { class: 'ranking-unit' }),
    };
    parts.row = el(
      'li',
      { class: 'ranking-row', 'data-test': 'ranking-row', 'data-statement-id': statementId },
      parts.rank,
      el('span', { class: 'ranking-body' }, parts.text, el('span', { class: 'ranking-track' }, parts.bar)),
      el('span', { class: 'ranking-count' }, parts.dots, ' ', parts.unit),
    );
    return parts;
  }

  return function update(ranking) {
    const most = Math.max(1, ...ranking.map((item) => item.dots));
    const wanted = new Set(ranking.map((item) => item.statementId));

    for (const [id, parts] of rows) {
      if (!wanted.has(id)) {
        parts.row.remove();
        rows.delete(id);
      }
    }

    ranking.forEach((item, index) => {
      let parts = rows.get(item.statementId);
      if (!parts) {
        parts = buildRow(item.statementId);
        rows.set(item.statementId, parts);
      }
      setText(parts.rank, item.rank);
      setText(parts.text, item.text);
      setText(parts.dots, item.dots);
      setText(parts.unit, plural(item.dots, 'dot', 'dots'));
      // CSSOM, not a style attribute in markup, so the CSP allows it.
      parts.bar.style.width = `${(item.dots / most) * 100}%`;
      if (list.children[index] !== parts.row) list.insertBefore(parts.row, list.children[index] ?? null);
    });

    // Lets the CSS shrink rows when many statements must fit on one screen.
    list.dataset.size = ranking.length > 14 ? 'many' : ranking.length > 8 ? 'some' : 'few';
  };
}
