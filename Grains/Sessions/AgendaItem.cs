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

    /// <summary>
    /// The setup it was added with, as JSON of its kind's setup type: a duplicate or a template is
    /// set up from it. Null for items added before it was kept.
    /// </summary>
    [Id(3)]
    public string? SetupJson { get; set; }

    /// <summary>How many shards take the activity's input, as it was set up with; 0 for items from before (one).</summary>
    [Id(4)]
    public int IntakeShards { get; set; }

    public AgendaItem Copy() => new() { ActivityId = ActivityId, Kind = Kind, Title = Title, SetupJson = SetupJson, IntakeShards = IntakeShards };
}
