namespace AntiLeadership.Live.Activities.Rankings;

/// <summary>One statement of the export's ranking, as <see cref="StatementScore"/> with its text.</summary>
[GenerateSerializer, Immutable]
public sealed record RankingResult(
    [property: Id(0)] int? Rank,
    [property: Id(1)] string Statement,
    [property: Id(2)] int? Points,
    [property: Id(3)] double? AverageRank,
    [property: Id(4)] int? People,
    [property: Id(5)] bool FewerThanThree);
