// The agreement scale's chart, the same on the board, the console and the phone: one diverging bar per
// statement, disagreement to the left of the middle line and agreement to the right, "neither" split
// across it. Each bar shows shares of those who answered that statement, so statements compare however
// many answered each. The bar is a picture only (aria-hidden): the counts are written beside it, and
// how divided the room is ("Split: two camps") is said in words, so colour and length never carry the
// meaning alone. An anonymous band of neighbouring answers is drawn striped in the colours of its ends,
// spread evenly over the answers it covers; fewer than three answers in all, hatched at a fixed width.

import { el, replace, setText } from '/js/dom.js';
import { bucketWords } from '/js/activities/statements/agreement.js';
import { LABELS, markOf, spanOf, summaryText, tooFew } from './shared.js';

// The width "fewer than 3" is drawn at, in people: the same for one as for two.
const FEW_WIDTH = 1.5;

// Where each answer sits on the bar: "neither" half on each side of the middle line.
const SLOTS = [
  { step: 0, side: 'left', weight: 1 },
  { step: 1, side: 'left', weight: 1 },
  { step: 2, side: 'left', weight: 0.5 },
  { step: 2, side: 'right', weight: 0.5 },
  { step: 3, side: 'right', weight: 1 },
  { step: 4, side: 'right', weight: 1 },
];

const swatch = ({ from, to }) => el('span', { class: 'sc-swatch', 'data-from': String(from + 1), 'data-to': String(to + 1), 'aria-hidden': 'true' });

/** A colour key for the five answers. */
export function legend() {
  return el(
    'ul',
    { class: 'sc-legend', 'aria-label': 'Colours of the answers' },
    LABELS.map((label, i) => el('li', { class: 'sc-legend-item' }, swatch({ from: i, to: i }), label)),
  );
}

/** The bar's segments for one statement's distribution: { left: [...], right: [...] } elements, outermost left first. */
function segments(buckets) {
  let next = 0;
  const bands = buckets.map((bucket) => {
    const span = spanOf(bucket, next);
    next = span.to + 1;
    return { ...span, few: Boolean(bucket.fewerThanThree), drawn: bucket.fewerThanThree ? FEW_WIDTH : bucket.people ?? 0 };
  });
  const total = bands.reduce((sum, band) => sum + band.drawn, 0);
  const sides = { left: [], right: [] };
  for (const band of bands) {
    if (band.drawn <= 0) continue;
    const slots = SLOTS.filter((slot) => slot.step >= band.from && slot.step <= band.to);
    const weight = slots.reduce((sum, slot) => sum + slot.weight, 0);
    for (const side of ['left', 'right']) {
      const share = slots.filter((slot) => slot.side === side).reduce((sum, slot) => sum + slot.weight, 0) / weight;
      if (share <= 0) continue;
      const segment = el('span', {
        class: 'sc-segment',
        'data-from': String(band.from + 1),
        'data-to': String(band.to + 1),
        'data-few': band.few ? 'true' : 'false',
      });
      // Of the side's half of the bar; CSSOM, not a style attribute in markup, so the CSP allows it.
      segment.style.width = `${((band.drawn * share) / total) * 100}%`;
      sides[side].push(segment);
    }
  }
  return sides;
}

/**
 * Returns update(view) that keeps `list` (an <ol>) showing one row per statement of the view, in the
 * ballot's order. Rows are kept per statement, so new statements (an accepted proposal) simply join.
 */
export function createDivergingChart(list) {
  list.classList.add('sc-chart');
  const rows = new Map();

  function buildRow(statementId) {
    const parts = {
      text: el('span', { class: 'sc-text', 'data-test': 'sc-result-statement' }),
      mark: el('span', { class: 'sc-mark', 'data-test': 'sc-mark' }),
      left: el('span', { class: 'sc-side sc-side-disagree' }),
      right: el('span', { class: 'sc-side sc-side-agree' }),
      counts: el('p', { class: 'sc-counts', 'data-test': 'sc-counts' }),
      summary: el('p', { class: 'sc-summary', 'data-test': 'sc-summary' }),
      drawn: '',
    };
    parts.row = el(
      'li',
      { class: 'sc-row', 'data-test': 'sc-row', 'data-statement-id': statementId },
      el('div', { class: 'sc-row-head' }, parts.text, parts.mark),
      el('div', { class: 'sc-bar', 'aria-hidden': 'true' }, parts.left, parts.right),
      parts.counts,
      parts.summary,
    );
    return parts;
  }

  function draw(parts, agreement) {
    const buckets = agreement?.buckets ?? [];
    // Drawn again only when the distribution changed: most updates of a busy vote change a few statements.
    const key = JSON.stringify(buckets);
    if (key === parts.drawn) return;
    parts.drawn = key;
    const { left, right } = segments(buckets);
    replace(parts.left, left);
    replace(parts.right, right);

    let next = 0;
    const counted = buckets
      .map((bucket) => {
        const span = spanOf(bucket, next);
        next = span.to + 1;
        return { bucket, span };
      })
      .filter(({ bucket }) => bucket.fewerThanThree || (bucket.people ?? 0) > 0);
    replace(
      parts.counts,
      counted.map(({ bucket, span }, n) => [
        n > 0 ? ' · ' : null,
        el('span', { class: 'sc-count', 'data-test': 'sc-count' }, swatch(span), `${bucket.label}: ${bucketWords(bucket)}`),
      ]),
    );
    // Fewer than three in all: the summary says so, and a count would only repeat it.
    parts.counts.hidden = counted.length === 0 || tooFew(agreement);
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
      parts.mark.dataset.split = String(mark.split);
      parts.mark.hidden = !mark.text;
      draw(parts, agreement);
      setText(parts.summary, summaryText(results.get(statement.statementId), agreement));
      if (list.children[index] !== parts.row) list.insertBefore(parts.row, list.children[index] ?? null);
    });

    // Lets the CSS tighten rows when many statements must fit on one screen.
    list.dataset.size = statements.length > 10 ? 'many' : statements.length > 5 ? 'some' : 'few';
  };
}
