namespace AntiLeadership.Live.Grains.Teams;

[GenerateSerializer]
public sealed class StoredSession
{
    [Id(0)]
    public string SessionId { get; set; } = "";
    [Id(1)]
    public string Title { get; set; } = "";
}
