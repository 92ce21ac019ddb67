namespace AntiLeadership.Live.Teams;

[GenerateSerializer, Immutable]
public sealed record SessionListing([property: Id(0)] string SessionId, [property: Id(1)] string Title);
