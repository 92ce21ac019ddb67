namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>A recognition as its author's own devices see it: their example, and whether the facilitator hid it.</summary>
[GenerateSerializer, Immutable]
public sealed record GivenRecognition(
    [property: Id(0)] string ParticipantId,
    [property: Id(1)] string StrengthId,
    [property: Id(2)] string? Example,
    [property: Id(3)] bool ExampleHidden);
