using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Strengths;
using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Grains.Programme.Results;

/// <summary>
/// A team's results over time. Not reentrant: a record arrives when a facilitator closes an activity,
/// never in a burst, and one call at a time keeps "a re-close replaces" trivially true. Holds numbers
/// only: the small-group rule is applied again here, whatever an activity sends.
/// </summary>
public sealed class TeamResultsGrain(
    [PersistentState("results", StorageNames.Teams)] IPersistentState<TeamResultsState> stored) : Grain, ITeamResultsGrain
{
    /// <summary>Years of sessions; past it the oldest activity's points go, so storage stays bounded.</summary>
    public const int MaxActivities = 500;

    /// <summary>Far above any ballot or catalogue: a larger list is cut, not stored.</summary>
    public const int MaxItems = 200;

    public async Task Record(RecordedResults results)
    {
        var kept = Kept(results);
        stored.State.Activities.RemoveAll(r => r.ActivityId == results.ActivityId);
        stored.State.Activities.Add(kept);
        if (stored.State.Activities.Count > MaxActivities)
        {
            var oldest = stored.State.Activities.MinBy(r => r.At)!;
            stored.State.Activities.Remove(oldest);
        }

        await stored.WriteStateAsync();
    }

    public Task<IReadOnlyList<ResultGroup>> GetResults() => Task.FromResult(ResultSeriesBuilder.Groups(stored.State.Activities));

    public Task<ResultGroup?> GetGroup(string groupId) =>
        Task.FromResult(ResultSeriesBuilder.Groups(stored.State.Activities.Where(r => r.Results.GroupId == groupId)).FirstOrDefault());

    public async Task<TeamStrengths> GetStrengths()
    {
        var latest = stored.State.Activities.Where(r => r.Results.Kind == StrengthsKind.Name).MaxBy(r => r.At);
        if (latest is null)
        {
            return new TeamStrengths(null, null, []);
        }

        // Names come from the map itself, as it shows them: only its consented columns, only when named.
        var people = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (!latest.Results.Anonymous && await GrainFactory.GetGrain<IStrengthsGrain>(latest.ActivityId).GetView() is StrengthsView { Stage.Anonymous: false, Grid: { } grid } map)
        {
            var names = map.Strengths.ToDictionary(s => s.StrengthId, s => s.Name);
            foreach (var column in grid)
            {
                foreach (var strengthId in column.Mine.Concat(column.SeenByOthers.Where(t => t.Times > 0).Select(t => t.StrengthId)).Distinct())
                {
                    if (names.TryGetValue(strengthId, out var name))
                    {
                        (people.TryGetValue(name, out var list) ? list : people[name] = []).Add(column.Name);
                    }
                }
            }
        }

        var strengths = latest.Results.Items
            .Where(i => i.Count > 0 || i.FewerThanThree)
            .Select(i => new TeamStrength(i.Wording, i.Count, i.FewerThanThree, people.GetValueOrDefault(i.Wording)?.Order(StringComparer.CurrentCultureIgnoreCase).ToArray() ?? []))
            .ToArray();
        return new TeamStrengths(latest.SessionTitle, latest.At, strengths);
    }

    public async Task ForgetSession(string sessionId)
    {
        if (stored.State.Activities.RemoveAll(r => r.SessionId == sessionId) > 0)
        {
            await stored.WriteStateAsync();
        }
    }

    public async Task Forget()
    {
        await stored.ClearStateAsync();
        DeactivateOnIdle();
    }

    /// <summary>
    /// What is kept of an activity's points: in an anonymous activity, fewer than three people give no
    /// numbers at all, and no count or bucket of one or two people is kept as a number.
    /// </summary>
    private static RecordedResults Kept(RecordedResults recorded)
    {
        var results = recorded.Results;
        var items = results.Items.Take(MaxItems);
        if (results.Anonymous)
        {
            items = results.People < SmallGroupSize
                ? items.Select(i => new RepeatedItem(i.Wording, i.People, FewerThanThree: true))
                : items.Select(WithoutSmallNumbers);
        }

        return recorded with { Results = results with { Items = items.ToArray() } };
    }

    private static RepeatedItem WithoutSmallNumbers(RepeatedItem item) =>
        item.People is > 0 and < SmallGroupSize
            ? new RepeatedItem(item.Wording, item.People, FewerThanThree: true)
            : item with
            {
                Count = item.Count is > 0 and < SmallGroupSize ? null : item.Count,
                FewerThanThree = item.FewerThanThree || item.Count is > 0 and < SmallGroupSize,
                Buckets = item.Buckets?.Select(b => b.People is > 0 and < SmallGroupSize ? b with { People = null, FewerThanThree = true } : b).ToArray(),
            };

    private const int SmallGroupSize = Activities.SmallGroups.Smallest;
}
