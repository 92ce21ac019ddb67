namespace AntiLeadership.Live.Programme;

/// <summary>
/// An agenda a team saved to start later sessions from: its <see cref="Name"/> (unique in the team),
/// its activities in order, when and by whom (a facilitator key's label) it was last saved.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record TeamTemplate(
    [property: Id(0)] string TemplateId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<TemplateItem> Items,
    [property: Id(3)] DateTimeOffset SavedAt,
    [property: Id(4)] string SavedBy);
