namespace AntiLeadership.Live.Activities.Grid;

/// <summary>
/// Where the team put one item: its average position (<see cref="X"/>, <see cref="Y"/>, 0 to 100) and
/// its <see cref="Spread"/>, how far from that average people placed it on the same scale, from
/// <see cref="People"/> people. An item nobody placed has 0 people and no position. In an anonymous
/// 2×2 an item placed by one or two people has neither a count nor a position (only
/// <see cref="FewerThanThree"/>), so nobody's placement can be read off it.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ItemPosition(
    [property: Id(0)] string ItemId,
    [property: Id(1)] int? People,
    [property: Id(2)] int? X,
    [property: Id(3)] int? Y,
    [property: Id(4)] int? Spread,
    [property: Id(5)] bool FewerThanThree = false);
