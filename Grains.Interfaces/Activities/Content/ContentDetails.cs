namespace AntiLeadership.Live.Activities.Content;

/// <summary>The export's own part for a card: what it said, so a team's record of the day holds its content too.</summary>
[GenerateSerializer, Immutable]
public sealed record ContentDetails(
    [property: Id(0)] string Markdown,
    [property: Id(1)] string? ImageId,
    [property: Id(2)] string? ImageAlt);
