// How much the team agrees about a statement, in the words every vote on statements uses (the shared
// statements/agreement.js): the spread from 0 (one voice) to 1 (two opposite camps), the split mark,
// and the distribution over the thirds of the places. Counts arrive as they may be shown: an anonymous
// ranking bands small steps together and says "fewer than 3" where a band is still that small.

import { SPLIT_WORDS, bucketWords, spreadWords } from '/js/activities/statements/agreement.js';

export { bucketWords };

/** Map(statementId → agreement) of a view (empty while results are hidden). */
export function agreementsOf(view) {
  return new Map((view?.agreement ?? []).map((a) => [a.statementId, a]));
}

/** "Split: two camps" when the room falls into two camps, else null. */
export function splitText(agreement) {
  return agreement?.split ? SPLIT_WORDS : null;
}

/** The split mark in two parts, "Split" and ": two camps", so a crowded board can keep only the first. */
export function splitParts() {
  const at = SPLIT_WORDS.indexOf(':');
  return at < 0 ? [SPLIT_WORDS, ''] : [SPLIT_WORDS.slice(0, at), SPLIT_WORDS.slice(at)];
}

/** The spread in words ("Mostly agreed"), or null below two rankings. */
export function spreadText(agreement) {
  return typeof agreement?.spread === 'number' ? spreadWords(agreement) : null;
}

/** The distribution's steps as the server gives them: the lowest places first, as every kind lists its steps. */
export function stepsOf(agreement) {
  return agreement?.buckets ?? [];
}
