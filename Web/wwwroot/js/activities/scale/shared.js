// What the agreement scale's board, console and phone say the same way. Counts come from the server as
// they may be shown: in an anonymous vote a step of one or two people arrives without a number and
// marked fewerThanThree, so no page ever holds the exact count.

/** The five answers, 1 to 5: the steps of every statement's distribution (ScaleVoteRules.Labels in C#). */
export const LABELS = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'];

/** Whether this copy of the view carries results (the audience's has none while they are hidden). */
export const resultsVisible = (view) => Array.isArray(view?.agreement);

/** "4" or "fewer than 3" for one step of a distribution. */
export function stepText(bucket) {
  return bucket?.fewerThanThree ? 'fewer than 3' : String(bucket?.people ?? 0);
}

/**
 * How divided the room is about a statement, in words: a split first (many at both ends, few between),
 * else how far apart the answers lie. Spread runs 0 (one voice) to 1 (two opposite camps); on five
 * steps, neighbouring answers only (agree and strongly agree) give about 0.25, answers spread evenly
 * over all five about 0.7. Nothing below two answers.
 */
export function markOf(agreement) {
  if (!agreement || agreement.spread == null) return { kind: 'none', text: '' };
  if (agreement.split) return { kind: 'split', text: 'Split: two camps' };
  if (agreement.spread >= 0.55) return { kind: 'apart', text: 'Far apart' };
  if (agreement.spread >= 0.3) return { kind: 'some', text: 'Some difference' };
  return { kind: 'close', text: 'Close together' };
}

/** "Average 3.8 of 5 · 12 answered · spread 40 of 100", or that nobody has answered yet. */
export function summaryText(result, agreement) {
  const answered = result?.answered ?? agreement?.people ?? 0;
  if (!answered) return 'Nobody has answered yet';
  const parts = [];
  if (result?.average != null) parts.push(`Average ${result.average.toFixed(1)} of 5`);
  parts.push(`${answered} answered`);
  if (agreement?.spread != null) parts.push(`spread ${Math.round(agreement.spread * 100)} of 100`);
  return parts.join(' · ');
}
