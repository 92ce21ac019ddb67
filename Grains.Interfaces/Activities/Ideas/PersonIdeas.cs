namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>In a named activity's export only: what one person wrote and where they put their dots (item label → dots).</summary>
[GenerateSerializer, Immutable]
public sealed record PersonIdeas(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyList<string> Wrote,
    [property: Id(2)] IReadOnlyDictionary<string, int> Dots);
