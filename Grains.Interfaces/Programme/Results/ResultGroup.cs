namespace AntiLeadership.Live.Programme.Results;

/// <summary>
/// Series shown together: every statement the team voted on one way ("Culture priorities: dots"),
/// one check-in question, or the strengths map. <see cref="Sessions"/> counts the sessions it has points from.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ResultGroup(
    [property: Id(0)] string GroupId,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Label,
    [property: Id(3)] ResultMeasure Measure,
    [property: Id(4)] int Sessions,
    [property: Id(5)] IReadOnlyList<ResultSeries> Series);
