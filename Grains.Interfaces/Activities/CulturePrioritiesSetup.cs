namespace AntiLeadership.Live.Activities;

/// <summary>
/// What a facilitator chooses when adding a culture-priorities vote. Anonymous (the default): nobody,
/// the facilitator included, learns who has voted; otherwise the facilitator sees who has (never what).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CulturePrioritiesSetup(
    [property: Id(0)] string Title,
    [property: Id(1)] IReadOnlyList<string> Statements,
    [property: Id(2)] int DotsPerParticipant,
    [property: Id(3)] int MaxDotsPerStatement,
    [property: Id(4)] bool HideResultsUntilRevealed,
    [property: Id(5)] bool Anonymous = true);
