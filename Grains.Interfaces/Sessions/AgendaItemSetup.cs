namespace AntiLeadership.Live.Sessions;

/// <summary>
/// An agenda item with the setup it was added with, as JSON of its kind's setup record (null for an
/// item added before setups were kept): what a facilitator saves as a template.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AgendaItemSetup(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] string? SetupJson);
