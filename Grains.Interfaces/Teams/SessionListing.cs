namespace AntiLeadership.Live.Teams;

/// <summary>One session of the team, and when it was started (null for sessions started before that was kept).</summary>
[GenerateSerializer, Immutable]
public sealed record SessionListing(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string Title,
    [property: Id(2)] DateTimeOffset? StartedAt = null);
