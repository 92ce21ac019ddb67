namespace AntiLeadership.Live.Retention;

/// <summary>
/// The one list of teams that asked to be deleted automatically, with the moment each becomes due: what
/// the sweep on every web node reads, so it never has to visit every team. Only an index: the team
/// grain is the truth, and the sweep asks it again before deleting anything. Keyed by 0 (there is one).
/// </summary>
public interface IRetentionRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Sets (or, with null, removes) when the team becomes due. Harmless to repeat.</summary>
    Task Schedule(string teamId, DateTimeOffset? deleteAfter);

    /// <summary>The teams whose moment has passed by the registry's clock, oldest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<string>> Due(int max);
}
