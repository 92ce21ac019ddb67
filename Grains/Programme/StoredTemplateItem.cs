namespace AntiLeadership.Live.Grains.Programme;

/// <summary>One activity of a stored template (see <see cref="AntiLeadership.Live.Programme.TemplateItem"/>).</summary>
[GenerateSerializer]
public sealed class StoredTemplateItem
{
    [Id(0)]
    public string Kind { get; set; } = "";
    [Id(1)]
    public string Title { get; set; } = "";
    [Id(2)]
    public string SetupJson { get; set; } = "";
}
