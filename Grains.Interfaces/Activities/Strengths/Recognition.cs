namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>"I see <see cref="StrengthId"/> in <see cref="ParticipantId"/>", with an optional one-sentence example of when.</summary>
[GenerateSerializer, Immutable]
public sealed record Recognition(
    [property: Id(0)] string ParticipantId,
    [property: Id(1)] string StrengthId,
    [property: Id(2)] string? Example = null);
