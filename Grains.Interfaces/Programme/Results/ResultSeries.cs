namespace AntiLeadership.Live.Programme.Results;

/// <summary>One repeated question (a statement's exact wording, a check-in question, a strength) and its points, oldest first.</summary>
[GenerateSerializer, Immutable]
public sealed record ResultSeries(
    [property: Id(0)] string Wording,
    [property: Id(1)] IReadOnlyList<ResultPoint> Points);
