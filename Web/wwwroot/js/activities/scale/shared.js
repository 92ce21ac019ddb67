// What the agreement scale's board, console and phone say the same way, in the words every vote on
// statements uses (statements/agreement.js). Counts come from the server as they may be shown: an
// anonymous vote's neighbouring answers arrive put together into bands of none or three and more
// ("Strongly disagree – Disagree"), and a statement fewer than three answered as one band marked
// fewerThanThree, so no page ever holds a count of one or two.

import { agreementWords, resultsShown } from '/js/activities/statements/agreement.js';

/** The five answers, 1 to 5: the steps of every statement's distribution (ScaleVoteRules.Labels in C#). */
export const LABELS = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'];

/** Whether this copy of the view carries results (the audience's has none while they are hidden). */
export const resultsVisible = resultsShown;

/** Whether an anonymous statement has fewer than three answers: then nothing about it is told but that. */
export const tooFew = (agreement) => (agreement?.buckets ?? []).some((b) => b.fewerThanThree);

/**
 * The answers a step of the distribution covers, as indexes into LABELS: one answer, or a band of an
 * anonymous vote ("Disagree – Neither", as Agreement.Measure names it). A label this page does not know
 * counts as the answer after the one before.
 */
export function spanOf(bucket, next) {
  const [first, last] = String(bucket?.label ?? '').split(' – ');
  const from = LABELS.indexOf(first);
  const to = LABELS.indexOf(last ?? first);
  return from >= 0 && to >= from ? { from, to } : { from: next, to: next };
}

/** How divided the room is, in words ("Divided · Split: two camps"); nothing for too few answers. */
export function markOf(agreement) {
  if (!agreement || agreement.spread == null || tooFew(agreement)) return { split: false, text: '' };
  return { split: Boolean(agreement.split), text: agreementWords(agreement) };
}

/** "Average 3.8 of 5 · 12 answered · spread 40 of 100", or that nobody (or fewer than three) answered. */
export function summaryText(result, agreement) {
  if (result?.fewerThanThree || tooFew(agreement)) return 'Fewer than 3 have answered';
  const answered = result?.answered ?? agreement?.people ?? 0;
  if (!answered) return 'Nobody has answered yet';
  const parts = [];
  if (result?.average != null) parts.push(`Average ${result.average.toFixed(1)} of 5`);
  parts.push(`${answered} answered`);
  if (agreement?.spread != null) parts.push(`spread ${Math.round(agreement.spread * 100)} of 100`);
  return parts.join(' · ');
}
