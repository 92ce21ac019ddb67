namespace AntiLeadership.Live.Web.Templates;

/// <summary>
/// A template as the console's Agenda card offers it: built in (with a description) or the team's own
/// (with when and by whom it was saved). Setups stay on the server: adding reads them there.
/// </summary>
public sealed record TemplateListing(
    string Id,
    string Name,
    bool BuiltIn,
    string? Description,
    IReadOnlyList<TemplateStep> Items,
    DateTimeOffset? SavedAt,
    string? SavedBy);
