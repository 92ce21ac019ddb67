using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>Finds the grain behind an agenda entry by its kind, so new kinds of activity plug in here.</summary>
public static class ActivityReader
{
    public static async Task<ActivityView?> ReadAsync(IGrainFactory grains, ActivityListing? listing) => listing?.Kind switch
    {
        ActivityKinds.CulturePriorities => await grains.GetGrain<ICulturePrioritiesGrain>(listing.ActivityId).GetView(),
        _ => null,
    };
}
