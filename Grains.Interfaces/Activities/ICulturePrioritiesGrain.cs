namespace AntiLeadership.Live.Activities;

/// <summary>
/// A culture-priorities dot vote: participants spread a fixed number of dots over statements about how
/// the team works. Keyed by the activity id. Every accepted command is stored before it is answered.
/// </summary>
public interface ICulturePrioritiesGrain : IGrainWithStringKey
{
    /// <summary>Sets the activity up for a session. Repeating the same setup is harmless.</summary>
    Task<CommandOutcome> SetUp(string sessionId, CulturePrioritiesSetup setup);

    Task<CommandOutcome> OpenVoting();

    Task<CommandOutcome> CloseVoting();

    /// <summary>
    /// Opens voting if needed and closes it by itself after <paramref name="seconds"/> (0 removes the
    /// timer). The end time is stored, so a restart neither loses nor extends it.
    /// </summary>
    Task<CommandOutcome> SetVotingTimer(int seconds);

    /// <summary>Shows the tally and ranking to everyone (only matters when results start hidden).</summary>
    Task<CommandOutcome> RevealResults();

    /// <summary>Makes the activity anonymous from now on. There is no way back: anonymity only ever goes up.</summary>
    Task<CommandOutcome> RaiseAnonymity();

    /// <summary>
    /// Replaces a participant's whole ballot with <paramref name="dots"/> (statement id → dots).
    /// Placing, moving and removing dots are all this one call, so a resubmission can never double
    /// count; <paramref name="submissionId"/> lets a retry after a lost reply get "already counted".
    /// </summary>
    Task<BallotReceipt> CastDots(string participantId, string submissionId, IReadOnlyDictionary<string, int> dots);

    Task<Ballot> GetBallot(string participantId);

    Task<CulturePrioritiesView> GetView();

    /// <summary>The results to export: the view, plus each participant's ballot unless the activity is anonymous.</summary>
    Task<CulturePrioritiesResults> GetResults();
}
