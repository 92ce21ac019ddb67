using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Activities.Grid;

namespace AntiLeadership.Live.Grains.Activities.Grid;

/// <summary>
/// A 2×2: each participant's placements replace their last, and running sums per item keep a snapshot
/// at O(items). Positions leave the grain only as averages and spreads, and in an anonymous 2×2 only
/// for items three or more people placed; who placed what leaves it only in a named 2×2's export.
/// </summary>
public sealed class GridGrain(
    [PersistentState("grid", StorageNames.Activities)] IPersistentState<GridState> stored,
    TimeProvider time)
    : ActivityGrain<GridState, StoredPlacements, GridSetup, GridInput, GridView>(stored, time),
      IGridGrain
{
    private readonly GridTally _tally = new();

    protected override string NotOpenYet => "The 2×2 has not opened yet.";

    protected override string ClosedAlready => "The 2×2 is closed: your placements are kept as they are.";

    protected override void Loaded() => _tally.Rebuild(State.Placements.Values);

    protected override string? CheckSetup(GridSetup setup) => GridRules.CheckSetup(setup);

    protected override bool SameSetup(GridSetup setup) =>
        State.X == GridRules.Axis(setup.X, "across").Axis
        && State.Y == GridRules.Axis(setup.Y, "up").Axis
        && State.Items.Select(i => i.Text).SequenceEqual(GridRules.Items(setup.Items).Items);

    protected override void ApplySetup(GridSetup setup)
    {
        State.X = GridRules.Axis(setup.X, "across").Axis;
        State.Y = GridRules.Axis(setup.Y, "up").Axis;
        State.Items = GridRules.Items(setup.Items).Items.Select((text, i) => new GridItem($"i{i + 1}", text)).ToList();
    }

    protected override string? CheckInput(string participantId, GridInput input) => GridRules.CheckPlacements(State.Items, input.Placements);

    protected override void ApplyInput(string participantId, StoredPlacements entry, GridInput input)
    {
        _tally.Remove(entry);
        entry.Placements = new Dictionary<string, GridPlacement>(input.Placements);
        _tally.Add(entry);
    }

    protected override bool HasContent(StoredPlacements entry) => entry.Placements.Count > 0;

    protected override GridView BuildView(ActivityStage stage) => new(
        ActivityId,
        State.SessionId,
        State.Version,
        stage,
        State.X,
        State.Y,
        State.Items.ToArray(),
        _tally.Positions(State.Items, State.Anonymous));

    protected override Contribution BuildContribution(string participantId)
    {
        State.Placements.TryGetValue(participantId, out var entry);
        return new GridContribution(ActivityId, new Dictionary<string, GridPlacement>(entry?.Placements ?? []), entry?.Revision ?? 0);
    }

    protected override Contribution EmptyContribution(string participantId) =>
        new GridContribution(ActivityId, new Dictionary<string, GridPlacement>(), 0);

    /// <summary>
    /// Per item, in the facilitator's order: its average on each axis and its spread (0 to 100), each
    /// from the people who placed it. No rank: a 2×2 has no single order, and it is not a contest.
    /// </summary>
    protected override IReadOnlyList<ResultRow> ResultRows(GridView stored)
    {
        var positions = (stored.Positions ?? []).ToDictionary(p => p.ItemId);
        var rows = new List<ResultRow>();
        foreach (var item in stored.Items)
        {
            var p = positions.GetValueOrDefault(item.ItemId) ?? new ItemPosition(item.ItemId, 0, null, null, null);
            rows.Add(new ResultRow($"Average on {stored.X.Name} (0 = {stored.X.Low}, 100 = {stored.X.High})", null, item.Text, p.X, p.People, p.FewerThanThree));
            rows.Add(new ResultRow($"Average on {stored.Y.Name} (0 = {stored.Y.Low}, 100 = {stored.Y.High})", null, item.Text, p.Y, p.People, p.FewerThanThree));
            rows.Add(new ResultRow("Spread (distance from the average, 0–100)", null, item.Text, p.Spread, p.People, p.FewerThanThree));
        }

        return rows;
    }

    protected override object? ResultDetails(GridView stored, IReadOnlyDictionary<string, Contribution> contributions, IReadOnlyDictionary<string, string> names)
    {
        IReadOnlyList<PersonPlacements>? placements = null;
        if (!State.Anonymous)
        {
            placements = contributions
                .Where(c => c.Value is GridContribution { Placements.Count: > 0 })
                .Select(c => new PersonPlacements(
                    names.GetValueOrDefault(c.Key, ActivityResults.RemovedParticipant),
                    stored.Items
                        .Where(i => ((GridContribution)c.Value).Placements.ContainsKey(i.ItemId))
                        .Select(i => (i.Text, Placement: ((GridContribution)c.Value).Placements[i.ItemId]))
                        .Select(p => new ItemPlacement(p.Text, p.Placement.X, p.Placement.Y))
                        .ToArray()))
                .OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToArray();
        }

        return new GridDetails(stored.X, stored.Y, stored.Items.Select(i => i.Text).ToArray(), placements);
    }
}
