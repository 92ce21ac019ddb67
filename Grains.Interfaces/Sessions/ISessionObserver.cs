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

    /// <summary>These participants' contributions to the activity changed: the node fetches and pushes them to their devices here.</summary>
    [OneWay]
    Task ContributionsChanged(string activityId, IReadOnlyList<string> participantIds);

    /// <summary>Not one-way: a revocation counts as done only once the nodes have closed the connections.</summary>
    Task CredentialsRevoked(CredentialRevocation revocation);
}
