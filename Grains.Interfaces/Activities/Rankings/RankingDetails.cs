namespace AntiLeadership.Live.Activities.Rankings;

/// <summary>
/// The export's own part for a ranking: how many statements and rankers, the team's order with average
/// places, and each person's order only in a named ranking.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RankingDetails(
    [property: Id(0)] int Statements,
    [property: Id(1)] int Rankers,
    [property: Id(2)] IReadOnlyList<RankingResult> Ranking,
    [property: Id(3)] IReadOnlyList<VoterOrder>? Orders);
