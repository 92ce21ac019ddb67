using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Strengths;

namespace AntiLeadership.Live.Grains.Activities.Strengths;

/// <summary>
/// Builds the team's picture from the entries: counts, domain heat, top lists and the grid of people who
/// agreed to be shown. Only aggregates and consented columns leave here; who recognised whom never does.
/// </summary>
internal static class StrengthsMap
{
    public const int MostSharedCount = 5;
    public const int MaxExamples = 200;

    public static StrengthsView Build(string activityId, StrengthsState state, ActivityStage stage, ReceivedIndex received, SessionRoster roster)
    {
        var chosen = new Dictionary<string, int>();
        var seen = new Dictionary<string, int>();
        foreach (var entry in state.People.Values)
        {
            foreach (var id in entry.Mine)
            {
                chosen[id] = chosen.GetValueOrDefault(id) + 1;
            }

            foreach (var recognition in entry.Given)
            {
                seen[recognition.StrengthId] = seen.GetValueOrDefault(recognition.StrengthId) + 1;
            }
        }

        var counts = state.Strengths
            .Select(s => new StrengthCount(s.StrengthId, chosen.GetValueOrDefault(s.StrengthId), seen.GetValueOrDefault(s.StrengthId)))
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

        var shown = Shown(state, received, roster);
        // Put in order only when the grid is shown: a room of thousands has no grid, and sorting its names by
        // culture on every write was a large share of a big map's cost.
        var grid = shown.Count <= StrengthsView.MaxGridPeople
            ? shown.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
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
            state.People.Values.Count(e => e.Mine.Count > 0),
            state.People.Values.Count(e => e.Given.Count > 0),
            teammates,
            counts,
            heat,
            mostShared,
            notYet,
            grid,
            shown.Count,
            Examples(state));
    }

    /// <summary>
    /// The people whose column may appear: in the session (so they have a name), with something to show,
    /// and not having hidden their column. Someone recognised before they ever opened the map is shown,
    /// as by default, until they choose otherwise. In no particular order.
    /// </summary>
    private static List<(string ParticipantId, string Name)> Shown(StrengthsState state, ReceivedIndex received, SessionRoster roster)
    {
        var candidates = state.People.Where(p => p.Value.Mine.Count > 0).Select(p => p.Key).Concat(received.Recipients).Distinct();
        return candidates
            .Where(id => !state.People.TryGetValue(id, out var entry) || entry.ShowMyColumn)
            .Select(id => (ParticipantId: id, Name: roster.NameOf(id)))
            .Where(p => p.Name is not null)
            .Select(p => (p.ParticipantId, p.Name!))
            .ToList();
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
    private static IReadOnlyList<ExampleToModerate> Examples(StrengthsState state)
    {
        var order = state.Strengths.Select((s, i) => (s.StrengthId, i)).ToDictionary(s => s.StrengthId, s => s.i);
        return state.People.Values
            .SelectMany(e => e.Given)
            .Where(r => r.Example is not null && r.ExampleId is not null)
            .OrderByDescending(r => ExampleNumber(r.ExampleId!))
            .Take(MaxExamples)
            .Select(r => new ExampleToModerate(r.ExampleId!, r.ParticipantId, r.StrengthId, r.Example!, r.ExampleHidden))
            .OrderBy(r => order.GetValueOrDefault(r.StrengthId))
            .ThenBy(r => r.Text, StringComparer.Ordinal)
            .ToArray();
    }

    private static int ExampleNumber(string exampleId) => int.TryParse(exampleId.AsSpan(1), out var n) ? n : 0;
}
