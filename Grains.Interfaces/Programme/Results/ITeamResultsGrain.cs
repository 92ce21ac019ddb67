namespace AntiLeadership.Live.Programme.Results;

/// <summary>
/// A team's results over time: the questions it asks again and again (the same statements voted on,
/// the same check-in question, the strengths map) as series, one point per closed activity, so a later
/// session can set its results beside earlier ones. Recorded when an activity closes; holds counts and
/// measures only, nothing that identifies a person. Keyed by the team id.
/// </summary>
public interface ITeamResultsGrain : IForgettable, ISessionTraces
{
    /// <summary>
    /// Records a closed activity's points. Recording the same activity again (reopened and closed
    /// again) replaces its points; it never adds a second.
    /// </summary>
    Task Record(RecordedResults results);

    /// <summary>Every series group of the team, each series with its points oldest first.</summary>
    Task<IReadOnlyList<ResultGroup>> GetResults();

    /// <summary>One series group, or null when the team has none by that id.</summary>
    Task<ResultGroup?> GetGroup(string groupId);

    /// <summary>The team's strengths as its latest strengths map left them, with names only where that map was named and people agreed to be shown.</summary>
    Task<TeamStrengths> GetStrengths();
}
