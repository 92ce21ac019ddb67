namespace AntiLeadership.Live.Teams;

/// <summary>What a team starts with. Only the hash of the facilitator key ever reaches a grain.</summary>
[GenerateSerializer, Immutable]
public sealed record TeamFounding([property: Id(0)] string Name, [property: Id(1)] string FacilitatorKeyHash);
