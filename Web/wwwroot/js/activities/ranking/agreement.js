// How much the team agrees about a statement, in words (view.agreement, the same measure for every way
// of voting on statements): the spread from 0 (one voice) to 1 (two opposite camps), a split mark, and
// the distribution over the thirds of the places. Counts arrive as they may be shown: in an anonymous
// ranking a step of one or two people has no number and says "fewer than 3".

/** Map(statementId → agreement) of a view (empty while results are hidden). */
export function agreementsOf(view) {
  return new Map((view?.agreement ?? []).map((a) => [a.statementId, a]));
}

/** "Split: two camps" when the room falls into two camps, else null. */
export function splitText(agreement) {
  return agreement?.split ? 'Split: two camps' : null;
}

/** The spread in words ("Spread: mostly agreed"), or null below two rankings. */
export function spreadText(agreement) {
  const spread = agreement?.spread;
  if (spread === null || spread === undefined) return null;
  // Quarters of the normalised standard deviation. A room ranking at random spreads about 0.6–0.75
  // (the places are shared out, so someone is always last): "mixed views"; "far apart" is more than that.
  const words = spread < 0.25 ? 'agreed' : spread < 0.5 ? 'mostly agreed' : spread < 0.75 ? 'mixed views' : 'far apart';
  return `Spread: ${words}`;
}

/** "4 people", "1 person" or "fewer than 3" for one step of the distribution. */
export function peopleText(bucket) {
  if (bucket?.fewerThanThree) return 'fewer than 3';
  const people = bucket?.people ?? 0;
  return `${people} ${people === 1 ? 'person' : 'people'}`;
}

/** The distribution's steps, highest places first as a ranking reads ("top third (places 1–2)"). */
export function stepsOf(agreement) {
  return [...(agreement?.buckets ?? [])].reverse();
}
