namespace AntiLeadership.Live.Web.Templates;

/// <summary>The template as saved, and how many agenda items could not be kept in it (added before setups were kept).</summary>
public sealed record TemplateSaved(TemplateListing Template, int LeftOut);
