namespace AntiLeadership.Live.Activities;

/// <summary>One participant's own dots in one activity. Only ever sent to that participant.</summary>
[GenerateSerializer, Immutable]
public sealed record Ballot(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] IReadOnlyDictionary<string, int> Dots,
    [property: Id(2)] int DotsLeft,
    [property: Id(3)] long Revision);
