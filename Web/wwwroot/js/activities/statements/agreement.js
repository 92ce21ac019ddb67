// How divided the room is, in the order and the words every surface uses: statements most divided
// first, each spread said in words as well as drawn, and a split always named as two camps.

import { plural } from '/js/activity-stage.js';

export const SPLIT_WORDS = 'Split: two camps';

/**
 * The statements with their agreement, most divided first (by spread, 0–1); statements nobody or only
 * one person answered (no spread yet) come last. Ties keep the ballot's order. Empty when the view
 * carries no agreement (results hidden from this audience).
 * @returns {{ statement: {statementId, text}, agreement: object | null }[]}
 */
export function mostDividedFirst(view) {
  if (!Array.isArray(view?.agreement)) return [];
  const byId = new Map(view.agreement.map((a) => [a.statementId, a]));
  return (view.statements ?? [])
    .map((statement, order) => ({ statement, agreement: byId.get(statement.statementId) ?? null, order }))
    .sort((a, b) => spreadOf(b) - spreadOf(a) || a.order - b.order)
    .map(({ statement, agreement }) => ({ statement, agreement }));
}

const spreadOf = (item) => (typeof item.agreement?.spread === 'number' ? item.agreement.spread : -1);

/** The spread in words: how far apart the room is about one statement. */
export function spreadWords(agreement) {
  const spread = agreement?.spread;
  if (typeof spread !== 'number') return 'Too few answers to tell';
  if (spread < 0.2) return 'One voice';
  if (spread < 0.4) return 'Mostly agreed';
  if (spread < 0.6) return 'Mixed views';
  if (spread < 0.8) return 'Divided';
  return 'Far apart';
}

/** "Divided · Split: two camps", or just the spread's words. */
export function agreementWords(agreement) {
  return agreement?.split ? `${spreadWords(agreement)} · ${SPLIT_WORDS}` : spreadWords(agreement);
}

/** The spread as a share of the bar's length (0–100), 0 without a spread. */
export const spreadPercent = (agreement) => (typeof agreement?.spread === 'number' ? Math.round(Math.min(1, Math.max(0, agreement.spread)) * 100) : 0);

/** "8 people answered" (the room sees how many took part anyway). */
export const answeredWords = (agreement) => {
  const people = agreement?.people ?? 0;
  return `${people} ${plural(people, 'person', 'people')} answered`;
};

/** A distribution step's count in words: "fewer than 3" where an anonymous step is too small to give. */
export function bucketWords(bucket) {
  if (bucket.fewerThanThree) return 'fewer than 3';
  const people = bucket.people ?? 0;
  return `${people} ${plural(people, 'person', 'people')}`;
}

/** Whether results may be drawn for this view: the audience's copy carries no agreement while hidden. */
export const resultsShown = (view) => Array.isArray(view?.agreement);
