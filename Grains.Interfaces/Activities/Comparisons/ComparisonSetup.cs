namespace AntiLeadership.Live.Activities.Comparisons;

/// <summary>
/// What a facilitator picks when adding a comparison card: one of the team's series groups
/// (<see cref="GroupId"/>, as <c>GET /api/teams/{teamId}/home/results</c> lists them). Anonymity and
/// hidden results mean nothing on a card nobody answers: it keeps neither, whatever is sent.
/// </summary>
[GenerateSerializer(IncludePrimaryConstructorParameters = false), Immutable]
public sealed record ComparisonSetup(
    string Title,
    bool HideResultsUntilRevealed,
    [property: Id(0)] string? GroupId = null,
    bool Anonymous = true) : ActivitySetup(Title, Anonymous, HideResultsUntilRevealed)
{
    public override string Kind => ComparisonKind.Name;
}
