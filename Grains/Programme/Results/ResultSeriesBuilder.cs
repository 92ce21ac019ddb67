using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Programme.Results;

/// <summary>
/// Turns the recorded activities into series groups: one group per kind (and check-in question), one
/// series per exact wording, points oldest first. A strength counts as newly seen at the first point
/// where anyone had it, when an earlier activity of the group had nobody with it.
/// </summary>
internal static class ResultSeriesBuilder
{
    public static IReadOnlyList<ResultGroup> Groups(IEnumerable<RecordedResults> recorded) =>
        recorded
            .OrderBy(r => r.At).ThenBy(r => r.ActivityId, StringComparer.Ordinal)
            .GroupBy(r => r.Results.GroupId, StringComparer.Ordinal)
            .Select(Group)
            .ToArray();

    private static ResultGroup Group(IGrouping<string, RecordedResults> activities)
    {
        var ordered = activities.ToArray();
        var latest = ordered[^1].Results;
        // The latest activity's order first (how the team asks it now), then wordings it no longer asks.
        var wordings = ordered.Reverse().SelectMany(a => a.Results.Items.Select(i => i.Wording)).Distinct(StringComparer.Ordinal).ToArray();
        var series = wordings.Select(wording => Series(wording, ordered, latest.Measure)).ToArray();
        return new ResultGroup(
            activities.Key,
            latest.Kind,
            latest.GroupLabel,
            latest.Measure,
            ordered.Select(a => a.SessionId).Distinct(StringComparer.Ordinal).Count(),
            series);
    }

    private static ResultSeries Series(string wording, IReadOnlyList<RecordedResults> activities, ResultMeasure measure)
    {
        var points = new List<ResultPoint>();
        var seenBefore = false;
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.Results.Items.FirstOrDefault(item => item.Wording == wording) is not { } item)
            {
                continue;
            }

            // "Fewer than three" in a count of a large enough activity is one or two people: someone has it.
            var present = item.Count > 0 || (item.FewerThanThree && item.People >= Activities.SmallGroups.Smallest);
            var newlySeen = measure == ResultMeasure.Count && present && !seenBefore && i > 0;
            seenBefore |= present;
            points.Add(new ResultPoint(
                activity.SessionId,
                activity.SessionTitle,
                activity.At,
                activity.ActivityId,
                item.People,
                item.Average,
                item.Spread,
                item.Count,
                item.FewerThanThree,
                item.Buckets ?? [],
                newlySeen));
        }

        return new ResultSeries(wording, points);
    }
}
