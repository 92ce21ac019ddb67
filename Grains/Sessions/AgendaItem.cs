namespace AntiLeadership.Live.Grains.Sessions;

public sealed class AgendaItem
{
    public string ActivityId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
}
