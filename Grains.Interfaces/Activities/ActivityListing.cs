namespace AntiLeadership.Live.Activities;

/// <summary>An entry on a session's agenda.</summary>
[GenerateSerializer, Immutable]
public sealed record ActivityListing(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Title);
