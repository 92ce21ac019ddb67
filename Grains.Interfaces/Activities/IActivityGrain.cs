namespace AntiLeadership.Live.Activities;

/// <summary>
/// The one contract every kind of activity keeps. Each kind adds an empty interface of its own deriving
/// from this one (so Orleans knows which grain class to start for it) and registers it in
/// <see cref="ActivityCatalog"/>; everything that steers, feeds or reads an activity goes through here.
/// Keyed by the activity id. Every accepted change is stored before it is answered.
/// </summary>
public interface IActivityGrain : IGrainWithStringKey, IForgettable
{
    /// <summary>Sets the activity up for a session. Repeating the same setup is harmless; another one is refused.</summary>
    Task<CommandOutcome> SetUp(string sessionId, ActivitySetup setup);

    /// <summary>A facilitator's command: open, close, timer, reveal, raise anonymity, or one of the kind's own.</summary>
    Task<CommandOutcome> Steer(ActivityCommand command);

    /// <summary>
    /// A participant's input, replacing their earlier one. <paramref name="submissionId"/> lets a retry
    /// after a lost reply be answered "already counted" instead of being applied twice.
    /// </summary>
    Task<ContributionReceipt> Submit(string participantId, string submissionId, ActivityInput input);

    /// <summary>What this participant has contributed (and, for some kinds, received), as stored.</summary>
    Task<Contribution> GetContribution(string participantId);

    /// <summary>The full view, as last stored (the facilitator's; <see cref="ActivityView.ForAudience"/> for anyone else).</summary>
    Task<ActivityView> GetView();

    /// <summary>What a facilitator may take away, with <paramref name="names"/> (participant id → name) used only where the activity is named.</summary>
    Task<ActivityResults> GetResults(IReadOnlyDictionary<string, string> names);
}
