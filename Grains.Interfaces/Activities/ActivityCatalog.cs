using AntiLeadership.Live.Activities.CulturePriorities;

namespace AntiLeadership.Live.Activities;

/// <summary>
/// Every kind of activity the product runs, one line each. The session, the hub, the fan-out and the
/// results reader find a kind here by its name and never name a kind themselves.
/// </summary>
public static class ActivityCatalog
{
    public static IReadOnlyList<ActivityKind> Kinds { get; } =
    [
        CulturePrioritiesKind.Kind,
        Strengths.StrengthsKind.Kind,
        CheckIns.CheckInKind.Kind,
        Rankings.RankingKind.Kind,
        Points.PointsKind.Kind,
        ScaleVotes.ScaleVoteKind.Kind,
        Grid.GridKind.Kind,
        Ideas.IdeasKind.Kind,
        Structures.StructureKind.Kind,
        Content.ContentKind.Kind,
        Reviews.ReviewKind.Kind,
        Comparisons.ComparisonKind.Kind,
    ];

    private static readonly Dictionary<string, ActivityKind> ByName = Kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>The kind called <paramref name="name"/>, or null for a name no kind has.</summary>
    public static ActivityKind? Find(string? name) => name is not null && ByName.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>The grain of an agenda entry, or null when its kind is unknown (never a grain of the wrong kind).</summary>
    public static IActivityGrain? GrainOf(IGrainFactory grains, ActivityListing listing) => Find(listing.Kind)?.Grain(grains, listing.ActivityId);

    /// <summary>
    /// Where this participant's input to an agenda entry goes: the shard that owns them when the entry's
    /// intake is spread, otherwise <paramref name="activity"/>, the entry's activity grain (the hub keeps
    /// one per entry; see <see cref="GrainOf"/>).
    /// </summary>
    public static IActivityIntake IntakeOf(IGrainFactory grains, ActivityListing listing, IActivityGrain activity, string participantId) =>
        listing.IntakeShards > Intake.IntakeShards.One && Find(listing.Kind)?.Shard is { } shard
            ? shard(grains, Intake.IntakeShards.KeyOf(listing.ActivityId, Intake.IntakeShards.ShardOf(participantId, listing.IntakeShards)))
            : activity;
}
