namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// The shared picture of an ideas activity. While writing nobody but the facilitator of a screened
/// activity gets any entry text (<see cref="Items"/> is null): the room sees how many entries there are.
/// After the reveal <see cref="Items"/> is one <see cref="Page"/> of groups and entries, set-aside ones
/// only in the facilitator's copy; dots reach the room only in the shortlist phase, where
/// <see cref="Ranking"/> takes the place of the items. <see cref="Grouping"/> changes with every change
/// to the groups, so a screen knows its picture is stale.
/// </summary>
// The base record carries the first four values, so they are not serialized again here.
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record IdeasView(
    string ActivityId,
    string SessionId,
    long Version,
    ActivityStage Stage,
    [property: Id(0)] string Prompt,
    [property: Id(1)] IdeasPhase Phase,
    [property: Id(2)] IdeasSettings Settings,
    [property: Id(3)] int Entries,
    [property: Id(4)] int SetAside,
    [property: Id(5)] int Groups,
    [property: Id(6)] long Grouping,
    [property: Id(7)] IdeasPage? Page,
    [property: Id(8)] IReadOnlyList<IdeaItem>? Items,
    [property: Id(9)] int DotsPlaced,
    [property: Id(10)] IReadOnlyList<RankedIdea>? Ranking,
    [property: Id(11)] int Kept) : ActivityView(ActivityId, SessionId, Version, Stage)
{
    public override string Kind => IdeasKind.Name;

    protected override ActivityView Shared() => this with
    {
        Items = Items?
            .Select(i => i with { Entries = i.Entries.Where(e => !e.SetAside).ToArray() })
            .Where(i => i.Entries.Count > 0 || i.MoreEntries > 0)
            .Select(i => Phase == IdeasPhase.Shortlist ? i : i with { Dots = null, Voters = null, FewerThanThree = false })
            .ToArray(),
        Ranking = Phase == IdeasPhase.Shortlist ? Ranking : null,
    };

    protected override ActivityView WhileHidden() => this with { Page = null, Items = null, Ranking = null };

    // Phones take contributions (entries written, dots placed) at a steady rhythm; anything the
    // facilitator or a grouping phone changes reaches them at once.
    protected override bool SameApartFromInput(ActivityView earlier) =>
        earlier is IdeasView e
        && e.Prompt == Prompt
        && e.Phase == Phase
        && e.Settings == Settings
        && e.SetAside == SetAside
        && e.Grouping == Grouping
        && e.Page?.Number == Page?.Number
        && e.Kept == Kept;
}
