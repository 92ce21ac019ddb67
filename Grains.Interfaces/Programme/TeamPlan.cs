namespace AntiLeadership.Live.Programme;

/// <summary>The team's living plan as stored: every commitment in the order it was made, and a version that grows with every change.</summary>
[GenerateSerializer, Immutable]
public sealed record TeamPlan(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<Commitment> Commitments);
