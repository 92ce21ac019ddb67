namespace AntiLeadership.Live.Grains.Sessions;

[GenerateSerializer]
public sealed class JoinCodeState
{
    [Id(0)]
    public string? SessionId { get; set; }
    [Id(1)]
    public bool Closed { get; set; }
}
