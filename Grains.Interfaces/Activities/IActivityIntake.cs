namespace AntiLeadership.Live.Activities;

/// <summary>
/// Where a participant's input to an activity goes: the activity itself, or, for an activity whose
/// intake is spread over shards (see <see cref="Intake.IntakeShards"/>), the one shard that owns that
/// participant. The hub reaches it through <see cref="ActivityCatalog.IntakeOf"/> and never knows which.
/// </summary>
public interface IActivityIntake : IGrainWithStringKey
{
    /// <summary>
    /// A participant's input, replacing their earlier one. <paramref name="submissionId"/> lets a retry
    /// after a lost reply be answered "already counted" instead of being applied twice.
    /// </summary>
    Task<ContributionReceipt> Submit(string participantId, string submissionId, ActivityInput input);

    /// <summary>
    /// Several participants' input at once, each answered as <see cref="Submit"/> would answer it, in the
    /// same order: a web node sends what its phones sent while its last batch was on its way, so a burst
    /// costs one grain call and one storage write per batch instead of one call per vote.
    /// </summary>
    Task<ContributionReceipt[]> SubmitAll(Submission[] submissions);

    /// <summary>What this participant has contributed (and, for some kinds, received), as stored.</summary>
    Task<Contribution> GetContribution(string participantId);
}
