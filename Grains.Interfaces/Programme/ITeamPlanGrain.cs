using AntiLeadership.Live.Sessions;

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

    /// <summary>
    /// Adds a dated note (a progress note, a status change, or both) to a commitment's log, in
    /// <paramref name="author"/>'s name. With a <paramref name="noteId"/> the page made up, a retry adds it once.
    /// </summary>
    Task<CommandOutcome> Note(string commitmentId, string? text, CommitmentStatus? status, string author, string? noteId = null);

    Task<TeamPlan> GetPlan();

    /// <summary>
    /// Subscribes a web node to every change of the plan, or renews its subscription, which lapses two
    /// minutes after the last renewal; answers the plan as it is now.
    /// </summary>
    Task<TeamPlan> Watch(ITeamPlanObserver observer);

    /// <summary>Ends a web node's subscription (its last team home closed).</summary>
    Task Unwatch(ITeamPlanObserver observer);

    /// <summary>
    /// Tells every watching web node that credentials of the team stopped working (a member removed, a
    /// key revoked or replaced), so the team homes open with them close instead of showing later changes.
    /// </summary>
    Task Revoke(CredentialRevocation revocation);
}
