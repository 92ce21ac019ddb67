namespace AntiLeadership.Live.Activities.Ideas;

/// <summary>
/// Which part of a long list of items a view carries: page <see cref="Number"/> of <see cref="Count"/>,
/// items <see cref="FirstItem"/> (1-based) onwards of <see cref="TotalItems"/>. Every view stays well
/// within the hub's message size, so a room of a thousand works through its entries page by page.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IdeasPage(
    [property: Id(0)] int Number,
    [property: Id(1)] int Count,
    [property: Id(2)] int FirstItem,
    [property: Id(3)] int TotalItems);
