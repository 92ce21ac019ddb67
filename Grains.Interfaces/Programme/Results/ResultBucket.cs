namespace AntiLeadership.Live.Programme.Results;

/// <summary>
/// One step of a distribution ("2 dots", "4–5") and how many people are in it. In an anonymous activity
/// neighbouring steps were put together so that none holds one or two people; <see cref="FewerThanThree"/>
/// (and no <see cref="People"/>) marks the one case left.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ResultBucket(
    [property: Id(0)] string Label,
    [property: Id(1)] int? People,
    [property: Id(2)] bool FewerThanThree = false);
