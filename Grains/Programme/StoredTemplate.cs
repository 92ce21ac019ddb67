namespace AntiLeadership.Live.Grains.Programme;

/// <summary>One of a team's templates as stored (see <see cref="AntiLeadership.Live.Programme.TeamTemplate"/>).</summary>
[GenerateSerializer]
public sealed class StoredTemplate
{
    [Id(0)]
    public string TemplateId { get; set; } = "";
    [Id(1)]
    public string Name { get; set; } = "";
    [Id(2)]
    public List<StoredTemplateItem> Items { get; set; } = [];
    [Id(3)]
    public DateTimeOffset SavedAt { get; set; }
    [Id(4)]
    public string SavedBy { get; set; } = "";
}
