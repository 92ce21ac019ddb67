namespace AntiLeadership.Live.Bench.Bare;

/// <summary>One statement's dots in a <see cref="BareTally"/>.</summary>
[GenerateSerializer, Immutable]
public sealed record BareDots([property: Id(0)] string StatementId, [property: Id(1)] int Dots);
