namespace AntiLeadership.Live.Activities.ScaleVotes;

/// <summary>
/// The export's own part for an agreement scale: the five answers' words, each statement's exact
/// average, and, only in a named vote, how each person answered.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ScaleVoteDetails(
    [property: Id(0)] IReadOnlyList<string> Scale,
    [property: Id(1)] IReadOnlyList<StatementAverage> Averages,
    [property: Id(2)] IReadOnlyList<VoterAnswers>? Ballots);
