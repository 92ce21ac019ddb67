namespace AntiLeadership.Live.Programme.Results;

/// <summary>
/// What a closed activity adds to the team's results over time: its items under a series group
/// (<see cref="GroupId"/>: the kind, and for a check-in its question), the number of people who took
/// part, and whether it was anonymous (then fewer than three people give no numbers at all).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RepeatedResults(
    [property: Id(0)] string Kind,
    [property: Id(1)] string GroupId,
    [property: Id(2)] string GroupLabel,
    [property: Id(3)] ResultMeasure Measure,
    [property: Id(4)] int People,
    [property: Id(5)] bool Anonymous,
    [property: Id(6)] IReadOnlyList<RepeatedItem> Items);
