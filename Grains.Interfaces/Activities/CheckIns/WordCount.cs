namespace AntiLeadership.Live.Activities.CheckIns;

/// <summary>
/// One word of a check-in as the room sees it: <see cref="Key"/> is what answers are counted by (case,
/// spacing and look-alike forms make no difference) and what a facilitator hides it by; <see cref="Word"/>
/// is its most usual spelling. In an anonymous check-in a word given by one or two people has no
/// <see cref="People"/>: <see cref="FewerThanThree"/> says so instead. <see cref="Hidden"/> words reach
/// only the facilitator.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WordCount(
    [property: Id(0)] string Key,
    [property: Id(1)] string Word,
    [property: Id(2)] int? People,
    [property: Id(3)] bool FewerThanThree,
    [property: Id(4)] bool Hidden);
