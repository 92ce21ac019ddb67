namespace AntiLeadership.Live.Sessions;

/// <summary>
/// The timer on an agenda step, as every screen shows it. Stored as an end time, so a restart or a
/// reconnect shows the same time left; paused, it holds the seconds that were left instead.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record StepTimer(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] DateTimeOffset? EndsAt,
    [property: Id(2)] int? PausedSecondsLeft)
{
    public bool Paused => PausedSecondsLeft is not null;
}
