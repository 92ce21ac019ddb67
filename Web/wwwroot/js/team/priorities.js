// The team's top priorities from its latest vote on statements (culture priorities, however voted),
// offered beside what the sessions kept "for our plan", so a priority becomes a commitment in a click.
// Read from the results over time: only numbers the team may see (no small anonymous groups).

const TOP = 3;

/** Kept-item shaped entries ({ activityId, itemId, text, activityTitle }) for the latest vote's top statements. */
export function topPriorities(groups) {
  const latest = [];
  for (const group of groups.filter((g) => g.measure === 'agreement')) {
    for (const series of group.series) {
      const point = series.points.at(-1);
      if (point && point.average !== null && point.average !== undefined) latest.push({ wording: series.wording, point });
    }
  }
  if (latest.length === 0) return [];
  const newest = latest.reduce((a, b) => (a.point.at > b.point.at ? a : b)).point.activityId;
  return latest
    .filter((entry) => entry.point.activityId === newest)
    .sort((a, b) => b.point.average - a.point.average)
    .slice(0, TOP)
    .map(({ wording, point }) => ({
      activityId: point.activityId,
      itemId: `statement:${wording}`.slice(0, 64),
      text: wording,
      activityTitle: `a top priority in “${point.sessionTitle}”`,
    }));
}
