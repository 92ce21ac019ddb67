namespace AntiLeadership.Live.Grains.Programme;

/// <summary>One kept item as stored (see <see cref="AntiLeadership.Live.Programme.ShortlistItem"/>).</summary>
[GenerateSerializer]
public sealed class StoredShortlistItem
{
    [Id(0)]
    public string ActivityId { get; set; } = "";
    [Id(1)]
    public string ItemId { get; set; } = "";
    [Id(2)]
    public string Text { get; set; } = "";
    [Id(3)]
    public string ActivityTitle { get; set; } = "";
    [Id(4)]
    public string SessionId { get; set; } = "";
    [Id(5)]
    public DateTimeOffset KeptAt { get; set; }
}
