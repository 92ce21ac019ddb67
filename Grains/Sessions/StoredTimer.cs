namespace AntiLeadership.Live.Grains.Sessions;

/// <summary>A step's timer as stored: an end time while it runs, the seconds left while paused.</summary>
[GenerateSerializer]
public sealed class StoredTimer
{
    [Id(0)]
    public string ActivityId { get; set; } = "";
    [Id(1)]
    public DateTimeOffset? EndsAt { get; set; }
    [Id(2)]
    public int? PausedSecondsLeft { get; set; }

    public bool Paused => PausedSecondsLeft is not null;

    public StoredTimer Copy() => new() { ActivityId = ActivityId, EndsAt = EndsAt, PausedSecondsLeft = PausedSecondsLeft };

    /// <summary>Whole seconds left at <paramref name="now"/> (0 once run out).</summary>
    public int SecondsLeft(DateTimeOffset now) =>
        PausedSecondsLeft ?? (EndsAt is { } end ? Math.Max(0, (int)Math.Ceiling((end - now).TotalSeconds)) : 0);
}
