namespace AntiLeadership.Live.Programme.Results;

/// <summary>
/// One repeated question's numbers in one activity: a statement, a check-in question, a strength.
/// <see cref="Wording"/> is its exact text (a changed wording starts a new series). <see cref="Average"/>
/// and <see cref="Spread"/> measure agreement or a scale; <see cref="Count"/> is how many people were seen
/// with a strength, or null with <see cref="FewerThanThree"/> where one or two in an anonymous activity.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RepeatedItem(
    [property: Id(0)] string Wording,
    [property: Id(1)] int People,
    [property: Id(2)] double? Average = null,
    [property: Id(3)] double? Spread = null,
    [property: Id(4)] int? Count = null,
    [property: Id(5)] IReadOnlyList<ResultBucket>? Buckets = null,
    [property: Id(6)] bool FewerThanThree = false);
