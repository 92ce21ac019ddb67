namespace AntiLeadership.Live.Activities;

/// <summary>One participant's dots (statement id → dots) in a named activity.</summary>
[GenerateSerializer, Immutable]
public sealed record ParticipantBallot(
    [property: Id(0)] string ParticipantId,
    [property: Id(1)] IReadOnlyDictionary<string, int> Dots);
