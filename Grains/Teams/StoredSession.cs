namespace AntiLeadership.Live.Grains.Teams;

[GenerateSerializer]
public sealed class StoredSession
{
    [Id(0)]
    public string SessionId { get; set; } = "";
    [Id(1)]
    public string Title { get; set; } = "";

    /// <summary>When the session was started; null for sessions recorded before it was kept.</summary>
    [Id(2)]
    public DateTimeOffset? StartedAt { get; set; }
}
