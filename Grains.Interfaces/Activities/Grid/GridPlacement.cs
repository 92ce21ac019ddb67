namespace AntiLeadership.Live.Activities.Grid;

/// <summary>
/// Where one person put one item: <see cref="X"/> and <see cref="Y"/> from 0 (the axis' low end) to 100
/// (its high end). Whole numbers: finer than a thumb can place, coarse enough to compare.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record GridPlacement([property: Id(0)] int X, [property: Id(1)] int Y);
