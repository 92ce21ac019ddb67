namespace AntiLeadership.Live.Programme;

/// <summary>
/// The team's living plan, across sessions: commitments the team owns, each with its status and a log
/// of dated notes. A grain of the team's programme, apart from the team grain (members and keys).
/// Keyed by the team id. Every change is stored before it is answered.
/// </summary>
public interface ITeamPlanGrain : IGrainWithStringKey, IForgettable
{
    /// <summary>
    /// Adds a commitment under an id the caller made up, so a retry adds it once (the same id with the
    /// same draft is answered "done"; with another draft, refused).
    /// </summary>
    Task<CommandOutcome> Commit(string commitmentId, CommitmentDraft draft);

    /// <summary>
    /// Rewrites a commitment, made on <paramref name="seenRevision"/> of it: if someone changed it since,
    /// refused with a message, and nothing changes.
    /// </summary>
    Task<CommandOutcome> Revise(string commitmentId, CommitmentDraft draft, long seenRevision);

    /// <summary>Adds a dated note (a progress note, a status change, or both) to a commitment's log, in <paramref name="author"/>'s name.</summary>
    Task<CommandOutcome> Note(string commitmentId, string? text, CommitmentStatus? status, string author);

    Task<TeamPlan> GetPlan();
}
