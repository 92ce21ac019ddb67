namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// An item in the ranking once voting is over: <see cref="Label"/> is a group's name (or, unnamed, its
/// first entry) or the entry's text, <see cref="Size"/> how many entries it holds. <see cref="Kept"/>:
/// the facilitator kept it for the team's plan. Voters as in <see cref="IdeaItem"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RankedIdea(
    [property: Id(0)] int Rank,
    [property: Id(1)] string ItemId,
    [property: Id(2)] string Label,
    [property: Id(3)] int Size,
    [property: Id(4)] int Dots,
    [property: Id(5)] int? Voters,
    [property: Id(6)] bool FewerThanThree,
    [property: Id(7)] bool Kept);
