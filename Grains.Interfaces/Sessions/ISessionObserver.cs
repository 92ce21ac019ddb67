using Orleans.Concurrency;
using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Sessions;

/// <summary>
/// A web node's single subscription to a session. Snapshot calls are one-way so a slow or dead node
/// never holds up the session grain or the other nodes.
/// </summary>
public interface ISessionObserver : IGrainObserver
{
    [OneWay]
    Task SessionChanged(SessionView view);

    [OneWay]
    Task ActivityChanged(ActivityView view);

    /// <summary>
    /// These participants' contributions to the activity changed (participant id → contribution as stored):
    /// the node pushes each to that participant's devices here. They come with the call rather than being
    /// read back, so a teammate's recognitions in a room of 10,000 do not cost the activity 10,000 more calls.
    /// </summary>
    [OneWay]
    Task ContributionsChanged(string activityId, IReadOnlyDictionary<string, Contribution> contributions);

    /// <summary>Not one-way: a revocation counts as done only once the nodes have closed the connections.</summary>
    Task CredentialsRevoked(CredentialRevocation revocation);
}
