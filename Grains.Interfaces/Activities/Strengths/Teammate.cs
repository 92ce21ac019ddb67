namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>Someone in the session a participant can recognise a strength in.</summary>
[GenerateSerializer, Immutable]
public sealed record Teammate([property: Id(0)] string ParticipantId, [property: Id(1)] string Name);
