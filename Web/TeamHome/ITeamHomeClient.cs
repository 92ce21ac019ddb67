using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>What the server pushes to an open team home: the whole plan, versioned, whenever it changes.</summary>
public interface ITeamHomeClient
{
    Task PlanChanged(TeamPlan plan);

    /// <summary>Sent just before the server closes a team home because its credential stopped working.</summary>
    Task CredentialRevoked(string message);
}
