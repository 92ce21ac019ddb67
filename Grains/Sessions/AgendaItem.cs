namespace AntiLeadership.Live.Grains.Sessions;

[GenerateSerializer]
public sealed class AgendaItem
{
    [Id(0)]
    public string ActivityId { get; set; } = "";
    [Id(1)]
    public string Kind { get; set; } = "";
    [Id(2)]
    public string Title { get; set; } = "";
}
