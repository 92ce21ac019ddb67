namespace AntiLeadership.Live.Programme;

/// <summary>
/// One activity of a template agenda: its kind, its title (to list it) and its setup as the JSON a
/// console sends for that kind's <c>AddActivity</c>, read strictly again whenever it is added.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TemplateItem(
    [property: Id(0)] string Kind,
    [property: Id(1)] string Title,
    [property: Id(2)] string SetupJson);
