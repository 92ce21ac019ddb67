namespace AntiLeadership.Live.Grains.Activities.Ideas;

/// <summary>A checked grouping change: which entries move, and where (<see cref="GroupId"/> for <see cref="GroupingTarget.Into"/>, <see cref="WithEntry"/> for <see cref="GroupingTarget.NewWith"/>).</summary>
internal sealed record GroupingChange(IReadOnlyList<string> Movers, GroupingTarget Target, string? GroupId = null, string? WithEntry = null);
