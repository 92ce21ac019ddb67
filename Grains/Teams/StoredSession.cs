namespace AntiLeadership.Live.Grains.Teams;

public sealed class StoredSession
{
    public string SessionId { get; set; } = "";
    public string Title { get; set; } = "";
}
