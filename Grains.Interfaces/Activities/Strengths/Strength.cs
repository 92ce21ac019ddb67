namespace AntiLeadership.Live.Activities.Strengths;

/// <summary>One strength of the catalogue, with a one-line description in plain words.</summary>
[GenerateSerializer, Immutable]
public sealed record Strength(
    [property: Id(0)] string StrengthId,
    [property: Id(1)] string DomainId,
    [property: Id(2)] string Name,
    [property: Id(3)] string Description);
