using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Strengths;

namespace AntiLeadership.Live.Grains.Activities.Strengths;

/// <summary>
/// Builds the team's picture from the running totals (<see cref="MapTotals"/>): counts, domain heat, top
/// lists and the grid of people who agreed to be shown. Only aggregates and consented columns leave here;
/// who recognised whom never does.
/// </summary>
internal static class StrengthsMap
{
    public const int MostSharedCount = 5;
    public const int MaxExamples = 200;

    public static StrengthsView Build(string activityId, StrengthsState state, ActivityStage stage, MapTotals totals, ReceivedIndex received, SessionRoster roster)
    {
        var counts = state.Strengths
            .Select(s => new StrengthCount(s.StrengthId, totals.Chosen(s.StrengthId), totals.Seen(s.StrengthId)))
            .ToArray();
        var domainOf = state.Strengths.ToDictionary(s => s.StrengthId, s => s.DomainId);
        var heat = state.Domains
            .Select(d => new DomainHeat(
                d.DomainId,
                counts.Where(c => domainOf[c.StrengthId] == d.DomainId).Sum(c => c.ChosenBySelf ?? 0),
                counts.Where(c => domainOf[c.StrengthId] == d.DomainId).Sum(c => c.SeenByOthers ?? 0)))
            .ToArray();
        var mostShared = counts
            .Select((c, order) => (c.StrengthId, Total: (c.ChosenBySelf ?? 0) + (c.SeenByOthers ?? 0), Order: order))
            .Where(c => c.Total > 0)
            .OrderByDescending(c => c.Total)
            .ThenBy(c => c.Order)
            .Take(MostSharedCount)
            .Select(c => c.StrengthId)
            .ToArray();
        var notYet = counts.Where(c => c.ChosenBySelf == 0 && c.SeenByOthers == 0).Select(c => c.StrengthId).ToArray();

        var shown = totals.Shown(state, received, roster);
        // Put in order only when the grid is shown: a room of thousands has no grid, and sorting its names by
        // culture on every write was a large share of a big map's cost.
        var grid = shown.Count <= StrengthsView.MaxGridPeople
            ? shown.Select(id => (ParticipantId: id, Name: roster.NameOf(id)!))
                .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
                .ThenBy(p => p.ParticipantId, StringComparer.Ordinal)
                .Select(p => Column(p.ParticipantId, p.Name, state, received))
                .ToArray()
            : null;

        var teammates = roster.Count <= StrengthsView.MaxTeammates
            ? roster.All.Select(n => new Teammate(n.Key, n.Value)).OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(t => t.ParticipantId, StringComparer.Ordinal).ToArray()
            : null;

        return new StrengthsView(
            activityId,
            state.SessionId,
            state.Version,
            stage,
            state.Domains.ToArray(),
            state.Strengths.ToArray(),
            totals.Choosers,
            totals.Recognisers,
            teammates,
            counts,
            heat,
            mostShared,
            notYet,
            grid,
            shown.Count,
            Examples(state, totals));
    }

    private static PersonColumn Column(string participantId, string name, StrengthsState state, ReceivedIndex received) => new(
        participantId,
        name,
        state.People.TryGetValue(participantId, out var entry) ? entry.Mine.ToArray() : [],
        SeenIn(received.Of(participantId).Select(r => r.Recognition.StrengthId), state));

    /// <summary>How often each strength was recognised, in catalogue order.</summary>
    public static IReadOnlyList<StrengthTimes> SeenIn(IEnumerable<string> strengthIds, StrengthsState state)
    {
        var times = strengthIds.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        return state.Strengths.Where(s => times.ContainsKey(s.StrengthId)).Select(s => new StrengthTimes(s.StrengthId, times[s.StrengthId])).ToArray();
    }

    // Sorted by strength and text, not by when they were written: the order must not hint at who wrote which.
    private static IReadOnlyList<ExampleToModerate> Examples(StrengthsState state, MapTotals totals)
    {
        var order = totals.Order(state.Strengths);
        return totals.NewestExamples(MaxExamples)
            .Select(r => new ExampleToModerate(r.ExampleId!, r.ParticipantId, r.StrengthId, r.Example!, r.ExampleHidden))
            .OrderBy(r => order.GetValueOrDefault(r.StrengthId))
            .ThenBy(r => r.Text, StringComparer.Ordinal)
            .ToArray();
    }
}
