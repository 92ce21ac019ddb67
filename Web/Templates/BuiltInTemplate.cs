using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Web.Templates;

/// <summary>
/// A template agenda shipped with the product as a data file (<c>Templates/&lt;id&gt;.json</c>): its id
/// (the file's name), its name and a description for the facilitator choosing it, and its activities.
/// </summary>
public sealed record BuiltInTemplate(string Id, string Name, string Description, IReadOnlyList<TemplateItem> Items);
