namespace AntiLeadership.Live.Activities.Intake;

/// <summary>
/// One shard of an activity's intake, keyed <c>{activityId}/{shard}</c> (see <see cref="IntakeShards"/>): it
/// takes the input of the participants that hash to it, checks it against the terms the activity last
/// told it, stores it before acknowledging, and reports its partial tally to the activity.
/// Forgotten with its activity.
/// </summary>
public interface IIntakeShardGrain : IActivityIntake, IForgettable
{
    /// <summary>
    /// The activity's current terms (kept only when newer than the ones stored); answered, once the terms
    /// and every input taken before them are stored, with this shard's partial tally. After a close that
    /// tally is final: the shard takes no more input.
    /// </summary>
    Task<ShardTally> Follow(IntakeTerms terms);
}
