namespace AntiLeadership.Live.Grains.Sessions;

public sealed class SessionMember
{
    public string ParticipantId { get; set; } = "";
    public string DisplayName { get; set; } = "";
}
