namespace AntiLeadership.Live.Programme;

/// <summary>
/// What a team keeps "for our plan" from its activities, across sessions: the shortlist a later plan
/// starts from. Part of the team's programme, apart from the team grain (members and keys) and from any
/// one activity, so it outlives the sessions it came from. Keyed by the team id.
/// </summary>
public interface ITeamShortlistGrain : IGrainWithStringKey, IForgettable, ISessionTraces
{
    /// <summary>Keeps an item. Keeping the same item of the same activity again keeps it once, as first kept.</summary>
    Task<CommandOutcome> Keep(ShortlistItem item);

    /// <summary>Takes an item off the shortlist; one that is not on it is left as it is.</summary>
    Task<CommandOutcome> Unkeep(string activityId, string itemId);

    /// <summary>Everything kept, in the order it was kept.</summary>
    Task<IReadOnlyList<ShortlistItem>> GetShortlist();
}
