namespace AntiLeadership.Live.Grains.Sessions;

public sealed class JoinCodeState
{
    public string? SessionId { get; set; }
    public bool Closed { get; set; }
}
