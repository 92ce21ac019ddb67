namespace AntiLeadership.Live.Activities.Grid;

/// <summary>One thing to place on a 2×2, with the id placements name it by.</summary>
[GenerateSerializer, Immutable]
public sealed record GridItem([property: Id(0)] string ItemId, [property: Id(1)] string Text);
