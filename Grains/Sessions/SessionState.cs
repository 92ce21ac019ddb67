namespace AntiLeadership.Live.Grains.Sessions;

public sealed class SessionState
{
    public string TeamId { get; set; } = "";
    public string TeamName { get; set; } = "";
    public string Title { get; set; } = "";
    public string JoinCode { get; set; } = "";
    public long Version { get; set; }
    public List<SessionMember> Members { get; set; } = [];
    public List<AgendaItem> Agenda { get; set; } = [];
    public string? CurrentActivityId { get; set; }

    public bool IsOpen => TeamId.Length > 0;
}
