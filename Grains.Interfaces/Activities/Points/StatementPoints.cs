namespace AntiLeadership.Live.Activities.Points;

/// <summary>
/// The points a statement holds and how many people gave it any. In an anonymous vote one or two
/// people are not counted out loud: <see cref="People"/> is null and <see cref="FewerThanThree"/> says so.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StatementPoints(
    [property: Id(0)] string StatementId,
    [property: Id(1)] int Points,
    [property: Id(2)] int? People,
    [property: Id(3)] bool FewerThanThree = false);
