// The 100-points results, drawn the same way on the board, the console and the phones: statements
// ranked by points (ties share a rank, in the facilitator's order: 1, 2, 2, 4), each with how many gave
// it any points and how divided the room is about it (view.agreement: spread, split, distribution).

import { el, replace, setText, show } from '/js/dom.js';
import { plural } from '/js/activity-stage.js';
import { SPLIT_WORDS, spreadWords as sharedSpreadWords } from '/js/activities/statements/agreement.js';

/** Whether this copy of the view carries results (the audience's carries none while they are hidden). */
export const hasResults = (view) => Array.isArray(view?.totals);

/** The statements ranked by points, most first; the same ranking as the export's (PointsRanking.cs). */
export function rankTotals(statements, totals) {
  const byId = new Map((totals ?? []).map((total) => [total.statementId, total]));
  const rows = (statements ?? []).map((statement, order) => {
    const total = byId.get(statement.statementId);
    return {
      statementId: statement.statementId,
      text: statement.text,
      points: total?.points ?? 0,
      people: total?.people ?? 0,
      fewerThanThree: Boolean(total?.fewerThanThree),
      allButOneOrTwo: Boolean(total?.allButOneOrTwo),
      order,
    };
  });
  rows.sort((a, b) => b.points - a.points || a.order - b.order);
  let rank = 0;
  return rows.map((row, index) => {
    if (index === 0 || row.points !== rows[index - 1].points) rank = index + 1;
    return { ...row, rank };
  });
}

/**
 * "from 4 people"; in an anonymous vote, where the server sends no number for a group of one or two,
 * "from fewer than 3 people" or "from all but 1–2 people" (those who gave it nothing are the small group).
 */
export function peopleWords(row) {
  if (row.fewerThanThree) return 'from fewer than 3 people';
  if (row.allButOneOrTwo) return 'from all but 1–2 people';
  if (!row.people) return 'from nobody yet';
  return `from ${row.people} ${plural(row.people, 'person', 'people')}`;
}

/** How divided the room is, in the words every vote on statements uses, with the number: 0 is one voice, 100 two opposite camps. */
export function spreadWords(agreement) {
  const words = sharedSpreadWords(agreement);
  return typeof agreement?.spread === 'number' ? `Spread ${Math.round(agreement.spread * 100)} of 100: ${words.toLowerCase()}` : words;
}

/** "50+: 3", "20–30: fewer than 3": one step of a statement's distribution. */
export const stepWords = (bucket) => `${bucket.label}: ${bucket.fewerThanThree ? 'fewer than 3' : bucket.people ?? 0}`;

/**
 * Returns update(view) that draws the ranked results into `list` (an <ol>). Rows are kept per
 * statement and only moved when their place changes, so bars glide instead of being rebuilt.
 */
export function createResultsChart(list) {
  const rows = new Map();

  function buildRow(statementId) {
    const parts = {
      rank: el('span', { class: 'pt-rank', 'data-test': 'points-rank' }),
      text: el('span', { class: 'pt-text', 'data-test': 'points-text' }),
      bar: el('span', { class: 'pt-bar' }),
      total: el('span', { 'data-test': 'points-total' }),
      unit: el('span', { class: 'pt-unit' }),
      people: el('span', { class: 'pt-people', 'data-test': 'points-people' }),
      spread: el('span', { class: 'pt-spread', 'data-test': 'points-spread' }),
      split: el('span', { class: 'pt-split', 'data-test': 'points-split', text: SPLIT_WORDS, hidden: true }),
      steps: el('ul', { class: 'pt-distribution', 'data-test': 'points-distribution' }),
    };
    parts.dot = el('span', { class: 'pt-dot', 'aria-hidden': 'true', text: '·' });
    parts.row = el(
      'li',
      { class: 'pt-row', 'data-test': 'points-row', 'data-statement-id': statementId },
      parts.rank,
      el(
        'div',
        { class: 'pt-body' },
        parts.text,
        el('span', { class: 'pt-track' }, parts.bar),
        el('p', { class: 'pt-agreement' }, parts.people, ' ', parts.dot, ' ', parts.spread, ' ', parts.split),
        parts.steps,
      ),
      el('span', { class: 'pt-count' }, parts.total, ' ', parts.unit),
    );
    return parts;
  }

  function drawSteps(parts, text, agreement) {
    const buckets = agreement?.buckets ?? [];
    const key = JSON.stringify(buckets);
    if (parts.steps.dataset.key === key) return;
    parts.steps.dataset.key = key;
    parts.steps.setAttribute('aria-label', `How many gave “${text}” how many points`);
    replace(parts.steps, buckets.map((bucket) => el('li', { class: 'pt-step', 'data-test': 'points-step', text: stepWords(bucket) })));
  }

  return function update(view) {
    const ranking = rankTotals(view.statements, view.totals);
    const agreements = new Map((view.agreement ?? []).map((a) => [a.statementId, a]));
    const most = Math.max(1, ...ranking.map((row) => row.points));
    const wanted = new Set(ranking.map((row) => row.statementId));
    for (const [id, parts] of rows) {
      if (!wanted.has(id)) {
        parts.row.remove();
        rows.delete(id);
      }
    }

    ranking.forEach((row, index) => {
      let parts = rows.get(row.statementId);
      if (!parts) {
        parts = buildRow(row.statementId);
        rows.set(row.statementId, parts);
      }
      const agreement = agreements.get(row.statementId);
      setText(parts.rank, row.rank);
      setText(parts.text, row.text);
      setText(parts.total, row.points);
      setText(parts.unit, plural(row.points, 'point', 'points'));
      setText(parts.people, peopleWords(row));
      // CSSOM, not a style attribute in markup, so the CSP allows it.
      parts.bar.style.width = `${(row.points / most) * 100}%`;
      show(parts.dot, Boolean(agreement));
      setText(parts.spread, agreement ? spreadWords(agreement) : '');
      show(parts.split, Boolean(agreement?.split));
      parts.row.classList.toggle('is-split', Boolean(agreement?.split));
      drawSteps(parts, row.text, agreement);
      if (list.children[index] !== parts.row) list.insertBefore(parts.row, list.children[index] ?? null);
    });

    // Lets the CSS tighten rows when many statements must fit on one screen.
    list.dataset.size = ranking.length > 12 ? 'many' : ranking.length > 6 ? 'some' : 'few';
  };
}
