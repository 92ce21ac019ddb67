namespace AntiLeadership.Live.Sessions;

[GenerateSerializer, Immutable]
public sealed record ParticipantPresence(
    [property: Id(0)] string ParticipantId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] bool Present);
