using AntiLeadership.Live.Sessions;
using Orleans.Concurrency;

namespace AntiLeadership.Live.Programme;

/// <summary>
/// A web node watching a team's plan for the team homes open on it. One-way, so a slow or dead node
/// never holds up the plan; a node that stops renewing (<see cref="ITeamPlanGrain.Watch"/>) is forgotten.
/// </summary>
public interface ITeamPlanObserver : IGrainObserver
{
    [OneWay]
    Task PlanChanged(TeamPlan plan);

    /// <summary>Credentials of the team stopped working: the node closes the team homes open with them.</summary>
    [OneWay]
    Task CredentialsRevoked(CredentialRevocation revocation);
}
