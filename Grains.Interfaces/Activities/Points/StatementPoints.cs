namespace AntiLeadership.Live.Activities.Points;

/// <summary>
/// The points a statement holds and how many people gave it any. In an anonymous vote a group of one or
/// two is never a number, neither those who gave it points (<see cref="FewerThanThree"/>) nor those who
/// gave it none (<see cref="AllButOneOrTwo"/>: everyone who voted knows that count as the voters minus
/// <see cref="People"/>); <see cref="People"/> is null then.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StatementPoints(
    [property: Id(0)] string StatementId,
    [property: Id(1)] int Points,
    [property: Id(2)] int? People,
    [property: Id(3)] bool FewerThanThree = false,
    [property: Id(4)] bool AllButOneOrTwo = false);
