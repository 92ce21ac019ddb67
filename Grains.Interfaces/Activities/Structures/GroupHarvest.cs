namespace AntiLeadership.Live.Activities.Structures;

/// <summary>What one group carried forward from a step, as the whole room sees it: group number, size and the pick (null until they pick).</summary>
[GenerateSerializer, Immutable]
public sealed record GroupHarvest(
    [property: Id(0)] int Group,
    [property: Id(1)] int People,
    [property: Id(2)] string? Text,
    [property: Id(3)] string? EntryId);
