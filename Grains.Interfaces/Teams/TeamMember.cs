namespace AntiLeadership.Live.Teams;

[GenerateSerializer, Immutable]
public sealed record TeamMember([property: Id(0)] string ParticipantId, [property: Id(1)] string DisplayName);
