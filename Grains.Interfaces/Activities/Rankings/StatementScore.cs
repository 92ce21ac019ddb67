namespace AntiLeadership.Live.Activities.Rankings;

/// <summary>
/// A statement's place in the team's order. <see cref="Points"/>: each person who ranked it gives it as
/// many points as statements they could have put below it (first of five: 4, last: 0).
/// <see cref="AverageRank"/> is the mean of their places (1 = first). In an anonymous ranking a
/// statement ranked by one or two people shows neither, nor a rank: <see cref="FewerThanThree"/> says so.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StatementScore(
    [property: Id(0)] string StatementId,
    [property: Id(1)] int? Rank,
    [property: Id(2)] int? Points,
    [property: Id(3)] double? AverageRank,
    [property: Id(4)] int? People,
    [property: Id(5)] bool FewerThanThree = false);
