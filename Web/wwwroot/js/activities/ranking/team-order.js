// The team's order, drawn the same way on the board, the console and the phones: rank, statement, a
// bar for its points, its average place, and how much the team agrees about it (spread and split in
// words, the thirds it was placed in). view.scores arrive in the team's order from the server, which
// also decides what an anonymous ranking may show ("fewer than 3" instead of numbers).

import { el, replace, setText, show } from '/js/dom.js';
import { plural } from '/js/activity-stage.js';
import { agreementsOf, bucketWords, splitParts, splitText, spreadText, stepsOf } from './agreement.js';

/** Whether the team's order may be drawn for this view (the audience's copy has none while hidden). */
export const hasVisibleScores = (view) => Array.isArray(view?.scores);

/** "1.8", "2": an average place as people read it. */
const placeText = (average) => (Math.round(average * 10) / 10).toLocaleString('en', { maximumFractionDigits: 1 });

/**
 * Returns update(view) that keeps `list` (an <ol>) showing the team's order. Rows are kept per
 * statement and only moved when their place changes, so the bars animate instead of being rebuilt.
 * `steps: false` leaves out the distribution (a crowded board).
 */
export function createTeamOrder(list) {
  list.classList.add('rk-team');
  const rows = new Map();
  let withSteps = true;

  function buildRow(statementId) {
    const parts = {
      rank: el('span', { class: 'rk-rank', 'data-test': 'team-rank' }),
      text: el('span', { class: 'rk-team-text', 'data-test': 'team-text' }),
      bar: el('span', { class: 'rk-bar' }),
      points: el('span', { class: 'rk-points', 'data-test': 'team-points' }),
      place: el('span', { class: 'rk-average', 'data-test': 'team-place' }),
      // "Split: two camps"; a crowded board keeps only "Split", so the statement keeps its room.
      split: el('strong', { class: 'rk-split', 'data-test': 'team-split', hidden: true }, splitParts()[0], el('span', { class: 'rk-split-more', text: splitParts()[1] })),
      spread: el('span', { class: 'rk-spread', 'data-test': 'team-spread' }),
      steps: el('ul', { class: 'rk-steps', 'data-test': 'team-steps' }),
    };
    parts.track = el('span', { class: 'rk-track' }, parts.bar);
    parts.row = el(
      'li',
      { class: 'rk-team-row', 'data-test': 'team-row', 'data-statement-id': statementId },
      parts.rank,
      el(
        'div',
        { class: 'rk-team-body' },
        parts.text,
        parts.track,
        el('p', { class: 'rk-agreement' }, parts.split, parts.spread),
        parts.steps,
      ),
      el('span', { class: 'rk-score' }, parts.points, parts.place),
    );
    return parts;
  }

  function draw(parts, score, agreement, most) {
    const withheld = score.fewerThanThree === true;
    setText(parts.rank, score.rank ?? '–');
    parts.row.dataset.withheld = String(withheld);
    if (withheld) {
      setText(parts.points, 'fewer than 3 ranked it');
      setText(parts.place, '');
    } else {
      setText(parts.points, `${score.points} ${plural(score.points, 'point', 'points')}`);
      setText(parts.place, score.averageRank == null ? 'not ranked yet' : `average place ${placeText(score.averageRank)}`);
    }
    show(parts.track, !withheld);
    // CSSOM, not a style attribute in markup, so the CSP allows it.
    parts.bar.style.width = `${withheld ? 0 : ((score.points ?? 0) / most) * 100}%`;

    // Agreement of a statement whose numbers are withheld would speak for the one or two who ranked it.
    const split = !withheld && Boolean(splitText(agreement));
    const spread = withheld ? null : spreadText(agreement);
    show(parts.split, split);
    setText(parts.spread, spread ?? '');
    parts.row.dataset.split = String(split);

    const steps = withheld || !withSteps ? [] : stepsOf(agreement);
    const key = JSON.stringify(steps);
    if (parts.steps.dataset.key !== key) {
      parts.steps.dataset.key = key;
      replace(
        parts.steps,
        steps.map((b) => el('li', { class: 'rk-step', 'data-few': String(b.fewerThanThree === true), text: `${b.label}: ${bucketWords(b)}` })),
      );
    }
    show(parts.steps, steps.length > 0);
  }

  function update(view) {
    const scores = view?.scores ?? [];
    const texts = new Map((view?.statements ?? []).map((s) => [s.statementId, s.text]));
    const agreements = agreementsOf(view);
    const most = Math.max(1, ...scores.map((s) => s.points ?? 0));
    const wanted = new Set(scores.map((s) => s.statementId));
    for (const [id, parts] of rows) {
      if (!wanted.has(id)) {
        parts.row.remove();
        rows.delete(id);
      }
    }

    scores.forEach((score, index) => {
      let parts = rows.get(score.statementId);
      if (!parts) {
        parts = buildRow(score.statementId);
        rows.set(score.statementId, parts);
      }
      setText(parts.text, texts.get(score.statementId) ?? '');
      draw(parts, score, agreements.get(score.statementId), most);
      if (list.children[index] !== parts.row) list.insertBefore(parts.row, list.children[index] ?? null);
    });

    // Lets the CSS tighten rows when many statements must fit on one screen.
    list.dataset.size = scores.length > 12 ? 'many' : scores.length > 6 ? 'some' : 'few';
  }

  update.withSteps = (on) => {
    withSteps = on;
  };
  return update;
}
