namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>
/// What a facilitator chooses when adding a review: which commitments of the team's plan, in order
/// (<see cref="CommitmentIds"/>). An empty list means "the ones due": those whose review date is today
/// or earlier and that are neither done nor dropped, or, when none is due, every open one; so a
/// template can carry a review without knowing the plan.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record ReviewSetup(
    string Title,
    [property: Id(0)] IReadOnlyList<string> CommitmentIds,
    bool HideResultsUntilRevealed,
    bool Anonymous = true) : ActivitySetup(Title, Anonymous, HideResultsUntilRevealed)
{
    public override string Kind => ReviewKind.Name;
}
