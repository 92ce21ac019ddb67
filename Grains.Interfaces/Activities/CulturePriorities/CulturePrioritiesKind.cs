namespace AntiLeadership.Live.Activities.CulturePriorities;

/// <summary>The culture-priorities dot vote: participants spread a fixed number of dots over statements about how the team works.</summary>
public static class CulturePrioritiesKind
{
    public const string Name = "culture-priorities";

    public static ActivityKind Kind { get; } = new(
        Name,
        "Culture priorities (dot vote)",
        typeof(CulturePrioritiesSetup),
        typeof(CulturePrioritiesInput),
        (grains, activityId) => grains.GetGrain<ICulturePrioritiesGrain>(activityId),
        (grains, shardKey) => grains.GetGrain<ICulturePrioritiesShardGrain>(shardKey));
}
