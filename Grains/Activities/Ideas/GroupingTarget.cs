namespace AntiLeadership.Live.Grains.Activities.Ideas;

internal enum GroupingTarget
{
    /// <summary>Into an existing group.</summary>
    Into,

    /// <summary>A new group of the movers and one entry that was in no group.</summary>
    NewWith,

    /// <summary>A new group of the movers alone (splitting them off their group).</summary>
    New,

    /// <summary>Out of their groups.</summary>
    Out,
}
