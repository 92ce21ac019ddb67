namespace AntiLeadership.Live.Activities.Reviews;

/// <summary>
/// How many people chose from <see cref="From"/> to <see cref="To"/> for the commitment on screen. A
/// named review has one band per choice. An anonymous one puts neighbouring choices together where one
/// would hold one or two people; <see cref="FewerThanThree"/> (and no <see cref="People"/>) marks the one
/// case left, fewer than three choices in all.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ChoiceBand(
    [property: Id(0)] ReviewChoice From,
    [property: Id(1)] ReviewChoice To,
    [property: Id(2)] int? People,
    [property: Id(3)] bool FewerThanThree = false);
