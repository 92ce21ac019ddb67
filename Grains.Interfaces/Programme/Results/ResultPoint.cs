namespace AntiLeadership.Live.Programme.Results;

/// <summary>
/// One point of a series: one activity of one session, when the session started, how many took part
/// and the numbers (see <see cref="RepeatedItem"/>). <see cref="NewlySeen"/> marks a count above zero
/// where every earlier point of the series had none: a strength seen in the team for the first time.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ResultPoint(
    [property: Id(0)] string SessionId,
    [property: Id(1)] string SessionTitle,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string ActivityId,
    [property: Id(4)] int People,
    [property: Id(5)] double? Average,
    [property: Id(6)] double? Spread,
    [property: Id(7)] int? Count,
    [property: Id(8)] bool FewerThanThree,
    [property: Id(9)] IReadOnlyList<ResultBucket> Buckets,
    [property: Id(10)] bool NewlySeen = false);
