namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>A group in the export: its name (null when unnamed), its entries' texts and its dots.</summary>
[GenerateSerializer, Immutable]
public sealed record IdeaGroupExport(
    [property: Id(0)] string? Name,
    [property: Id(1)] IReadOnlyList<string> Entries,
    [property: Id(2)] int Dots);
