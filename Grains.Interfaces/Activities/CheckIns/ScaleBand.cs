namespace AntiLeadership.Live.Activities.CheckIns;

/// <summary>
/// How many people answered from <see cref="From"/> to <see cref="To"/> on a 1–5 scale. A named
/// check-in has one band per value. An anonymous one puts neighbouring values together where one would
/// hold only one or two people (see <c>ScaleBands</c>); <see cref="FewerThanThree"/> (and no
/// <see cref="People"/>) marks the one case left, fewer than three answers in all.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ScaleBand(
    [property: Id(0)] int From,
    [property: Id(1)] int To,
    [property: Id(2)] int? People,
    [property: Id(3)] bool FewerThanThree = false);
