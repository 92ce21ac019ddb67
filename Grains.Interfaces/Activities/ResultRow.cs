namespace AntiLeadership.Live.Activities;

/// <summary>
/// One line of an activity's results, the same shape for every kind so that one CSV holds a whole
/// session: in <see cref="Section"/> (what is counted, such as "Dots" or "Seen by others"),
/// <see cref="Item"/> has <see cref="Value"/>, from <see cref="People"/> people. In an anonymous
/// activity a count of one or two people is never given: <see cref="FewerThanThree"/> says so instead.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ResultRow(
    [property: Id(0)] string Section,
    [property: Id(1)] int? Rank,
    [property: Id(2)] string Item,
    [property: Id(3)] int? Value,
    [property: Id(4)] int? People,
    [property: Id(5)] bool FewerThanThree = false);
