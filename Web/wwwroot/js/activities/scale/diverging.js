// The agreement scale's chart, the same on the board, the console and the phone: one diverging bar per
// statement, disagreement to the left of the middle line and agreement to the right, "neither" split
// across it. Each bar shows shares of those who answered that statement, so statements compare however
// many answered each. The bar is a picture only (aria-hidden): the counts are written beside it, and
// how divided the room is ("Split: two camps") is said in words, so colour and length never carry the
// meaning alone. A step of "fewer than 3" (anonymous votes) has no number: it is drawn hatched at a
// fixed width and written as such.

import { el, replace, setText } from '/js/dom.js';
import { LABELS, markOf, stepText, summaryText } from './shared.js';

// The width a step of "fewer than 3" is drawn at, in people: the same for one as for two.
const FEW_WIDTH = 1.5;

/** A colour key for the five answers, with the direction of the bars. */
export function legend() {
  return el(
    'ul',
    { class: 'sv-legend', 'aria-label': 'Colours of the answers' },
    LABELS.map((label, i) => el('li', { class: 'sv-legend-item' }, el('span', { class: 'sv-swatch', 'data-step': String(i + 1), 'aria-hidden': 'true' }), label)),
  );
}

/**
 * Returns update(view) that keeps `list` (an <ol>) showing one row per statement of the view, in the
 * ballot's order. Rows are kept per statement, so bars animate and new statements (an accepted
 * proposal) simply join the list.
 */
export function createDivergingChart(list) {
  list.classList.add('sv-chart');
  const rows = new Map();

  function buildRow(statementId) {
    const segment = (step, half) => el('span', { class: 'sv-segment', 'data-step': String(step), ...(half ? { 'data-half': half } : {}) });
    const parts = {
      text: el('span', { class: 'sv-text', 'data-test': 'sv-result-statement' }),
      mark: el('span', { class: 'sv-mark', 'data-test': 'sv-mark' }),
      segments: [segment(1), segment(2), segment(3, 'left'), segment(3, 'right'), segment(4), segment(5)],
      counts: el('p', { class: 'sv-counts', 'data-test': 'sv-counts' }),
      summary: el('p', { class: 'sv-summary', 'data-test': 'sv-summary' }),
    };
    const [sd, d, nLeft, nRight, a, sa] = parts.segments;
    parts.row = el(
      'li',
      { class: 'sv-row', 'data-test': 'sv-row', 'data-statement-id': statementId },
      el('div', { class: 'sv-row-head' }, parts.text, parts.mark),
      el(
        'div',
        { class: 'sv-bar', 'aria-hidden': 'true' },
        el('span', { class: 'sv-side sv-side-disagree' }, sd, d, nLeft),
        el('span', { class: 'sv-side sv-side-agree' }, nRight, a, sa),
      ),
      parts.counts,
      parts.summary,
    );
    return parts;
  }

  function draw(parts, agreement) {
    const buckets = agreement?.buckets ?? [];
    const drawn = LABELS.map((_, i) => (buckets[i]?.fewerThanThree ? FEW_WIDTH : buckets[i]?.people ?? 0));
    const total = drawn.reduce((sum, n) => sum + n, 0);
    const share = (n) => (total > 0 ? (n / total) * 100 : 0);
    const widths = [drawn[0], drawn[1], drawn[2] / 2, drawn[2] / 2, drawn[3], drawn[4]];
    const steps = [0, 1, 2, 2, 3, 4];
    parts.segments.forEach((segment, i) => {
      // CSSOM, not a style attribute in markup, so the CSP allows it.
      segment.style.width = `${share(widths[i])}%`;
      segment.dataset.few = buckets[steps[i]]?.fewerThanThree ? 'true' : 'false';
    });

    const counted = buckets
      .map((bucket, i) => ({ bucket, i }))
      .filter(({ bucket }) => bucket.fewerThanThree || (bucket.people ?? 0) > 0);
    replace(
      parts.counts,
      counted.map(({ bucket, i }, n) => [
        n > 0 ? ' · ' : null,
        el('span', { class: 'sv-count', 'data-test': 'sv-count' }, el('span', { class: 'sv-swatch', 'data-step': String(i + 1), 'aria-hidden': 'true' }), `${LABELS[i]}: ${stepText(bucket)}`),
      ]),
    );
    parts.counts.hidden = counted.length === 0;
  }

  return function update(view) {
    const statements = view?.statements ?? [];
    const agreements = new Map((view?.agreement ?? []).map((a) => [a.statementId, a]));
    const results = new Map((view?.results ?? []).map((r) => [r.statementId, r]));
    const wanted = new Set(statements.map((s) => s.statementId));
    for (const [id, parts] of rows) {
      if (!wanted.has(id)) {
        parts.row.remove();
        rows.delete(id);
      }
    }

    statements.forEach((statement, index) => {
      let parts = rows.get(statement.statementId);
      if (!parts) {
        parts = buildRow(statement.statementId);
        rows.set(statement.statementId, parts);
      }
      const agreement = agreements.get(statement.statementId);
      const mark = markOf(agreement);
      setText(parts.text, statement.text);
      setText(parts.mark, mark.text);
      parts.mark.dataset.kind = mark.kind;
      parts.mark.hidden = !mark.text;
      draw(parts, agreement);
      setText(parts.summary, summaryText(results.get(statement.statementId), agreement));
      if (list.children[index] !== parts.row) list.insertBefore(parts.row, list.children[index] ?? null);
    });

    // Lets the CSS tighten rows when many statements must fit on one screen.
    list.dataset.size = statements.length > 10 ? 'many' : statements.length > 5 ? 'some' : 'few';
  };
}
