namespace AntiLeadership.Live.Grains.Sessions;

[GenerateSerializer]
public sealed class SessionMember
{
    [Id(0)]
    public string ParticipantId { get; set; } = "";
    [Id(1)]
    public string DisplayName { get; set; } = "";
}
