namespace AntiLeadership.Live.Programme.Results;

/// <summary>The team's strengths map as it stands, from its latest closed strengths map (none: no session, no strengths).</summary>
[GenerateSerializer, Immutable]
public sealed record TeamStrengths(
    [property: Id(0)] string? SessionTitle,
    [property: Id(1)] DateTimeOffset? At,
    [property: Id(2)] IReadOnlyList<TeamStrength> Strengths);
