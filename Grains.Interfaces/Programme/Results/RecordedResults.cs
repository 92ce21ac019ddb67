namespace AntiLeadership.Live.Programme.Results;

/// <summary>
/// A closed activity's points with where they come from: the session (its title, and when it started,
/// or when the activity closed for a session started before that was kept) and the activity.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record RecordedResults(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] string SessionId,
    [property: Id(2)] string SessionTitle,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] RepeatedResults Results);
