namespace AntiLeadership.Live.Bench.Bare;

/// <summary>
/// The bare path's activity view: the tally alone, versioned, in the shape the benchmark's clients read
/// from a dot vote's view (<c>tally</c>: statement id and dots).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record BareTally([property: Id(0)] string ActivityId, [property: Id(1)] long Version, [property: Id(2)] IReadOnlyList<BareDots> Tally);
