namespace AntiLeadership.Live.Web.Templates;

/// <summary>What a built-in template's data file holds (see <see cref="BuiltInTemplates"/>).</summary>
public sealed record TemplateFile(string Name, string Description, IReadOnlyList<TemplateFileItem> Items);
