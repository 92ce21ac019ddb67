// The culture-priorities ranking: most dots first, ties in the facilitator's statement order sharing a
// rank (1, 2, 2, 4), and the chart the board, the console and the phones draw it with.

import { el, setText } from '/js/dom.js';
import { plural } from '/js/activity-stage.js';

/**
 * @param {{statementId: string, text: string}[]} statements in the facilitator's order
 * @param {{statementId: string, dots: number, voters: number}[] | null} tally
 * @returns {{statementId, text, dots, voters, rank}[]}
 */
export function rankStatements(statements, tally) {
  const counts = new Map((tally ?? []).map((entry) => [entry.statementId, entry]));
  const rows = (statements ?? []).map((statement, order) => ({
    statementId: statement.statementId,
    text: statement.text,
    dots: counts.get(statement.statementId)?.dots ?? 0,
    voters: counts.get(statement.statementId)?.voters ?? 0,
    order,
  }));

  rows.sort((a, b) => b.dots - a.dots || a.order - b.order);

  let rank = 0;
  return rows.map((row, index) => {
    if (index === 0 || row.dots !== rows[index - 1].dots) rank = index + 1;
    const { order, ...rest } = row;
    return { ...rest, rank };
  });
}

/**
 * Returns update(ranking) that draws the ranking (from rankStatements) into `list` (an <ol>). Rows are
 * kept per statement and only moved when their place changes, so the bar widths animate with the CSS
 * transition instead of being rebuilt.
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

/** Whether the tally may be drawn for this view (the audience's copy carries none while hidden). */
export const hasVisibleTally = (view) => Array.isArray(view?.tally);
