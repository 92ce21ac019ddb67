namespace AntiLeadership.Live.Grains.Sessions;

[GenerateSerializer]
public sealed class SessionState
{
    [Id(0)]
    public string TeamId { get; set; } = "";
    [Id(1)]
    public string TeamName { get; set; } = "";
    [Id(2)]
    public string Title { get; set; } = "";
    [Id(3)]
    public string JoinCode { get; set; } = "";
    [Id(4)]
    public long Version { get; set; }
    [Id(5)]
    public List<SessionMember> Members { get; set; } = [];
    [Id(6)]
    public List<AgendaItem> Agenda { get; set; } = [];
    [Id(7)]
    public string? CurrentActivityId { get; set; }

    /// <summary>Closed to newcomers by the facilitator; people already in the team still get back in.</summary>
    [Id(8)]
    public bool JoiningClosed { get; set; }

    public bool IsOpen => TeamId.Length > 0;
}
