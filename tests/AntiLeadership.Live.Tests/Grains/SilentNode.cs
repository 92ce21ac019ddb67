using AntiLeadership.Live.Activities;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Tests.Grains;

/// <summary>A web node that reports who is present and listens to nothing: enough for grains that ask the session who is here.</summary>
public sealed class SilentNode : ISessionObserver
{
    public Task SessionChanged(SessionView view) => Task.CompletedTask;

    public Task ActivityChanged(ActivityView view) => Task.CompletedTask;

    public Task ContributionsChanged(string activityId, IReadOnlyDictionary<string, Contribution> contributions) => Task.CompletedTask;

    public Task CredentialsRevoked(CredentialRevocation revocation) => Task.CompletedTask;
}
