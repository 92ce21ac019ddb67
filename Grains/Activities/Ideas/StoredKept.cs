namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>An item kept for the team's plan: its id here, the text it was kept with (also on the team's shortlist), and when.</summary>
[GenerateSerializer]
public sealed class StoredKept
{
    [Id(0)]
    public string ItemId { get; set; } = "";
    [Id(1)]
    public string Text { get; set; } = "";
    [Id(2)]
    public DateTimeOffset KeptAt { get; set; }
}
