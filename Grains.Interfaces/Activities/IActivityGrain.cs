namespace AntiLeadership.Live.Activities;

/// <summary>
/// The one contract every kind of activity keeps. Each kind adds an empty interface of its own deriving
/// from this one (so Orleans knows which grain class to start for it) and registers it in
/// <see cref="ActivityCatalog"/>; everything that steers, feeds or reads an activity goes through here.
/// Keyed by the activity id. Every accepted change is stored before it is answered. A participant's
/// <see cref="IActivityIntake.Submit"/> and <see cref="IActivityIntake.GetContribution"/> come here unless
/// the activity's intake is spread over shards.
/// </summary>
public interface IActivityGrain : IActivityIntake, IForgettable
{
    /// <summary>Sets the activity up for a session. Repeating the same setup is harmless; another one is refused.</summary>
    Task<CommandOutcome> SetUp(string sessionId, ActivitySetup setup);

    /// <summary>A facilitator's command: open, close, timer, reveal, raise anonymity, or one of the kind's own.</summary>
    Task<CommandOutcome> Steer(ActivityCommand command);

    /// <summary>The full view, as last stored (the facilitator's; <see cref="ActivityView.ForAudience"/> for anyone else).</summary>
    Task<ActivityView> GetView();

    /// <summary>What a facilitator may take away, with <paramref name="names"/> (participant id → name) used only where the activity is named.</summary>
    Task<ActivityResults> GetResults(IReadOnlyDictionary<string, string> names);
}
