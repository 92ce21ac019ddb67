using AntiLeadership.Live.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>
/// One watch per team with a team home open on this node (not one per browser), as the session fan-out
/// does for sessions: the plan grain tells the node, the node tells its browsers. A revocation comes the
/// same way, and closes the team homes open with a credential that stopped working: a removed member's
/// open page must not go on showing the team's plan. Each renewal of a watch checks the same again, for a
/// revocation the node missed.
/// </summary>
public sealed class PlanWatchers(
    IGrainFactory grains,
    IHubContext<TeamHub, ITeamHomeClient> hub,
    RevokedCredentials revoked,
    ILogger<PlanWatchers> logger) : IAsyncDisposable
{
    private readonly Dictionary<string, PlanWatch> _watches = [];

    /// <summary>Adds a team home of the team open on this node (watching the plan if none was); answers the plan as it is now.</summary>
    public async Task<TeamPlan> JoinAsync(string teamId, HubCallerContext home)
    {
        PlanWatch watch;
        lock (_watches)
        {
            if (!_watches.TryGetValue(teamId, out watch!))
            {
                watch = new PlanWatch(grains, teamId, plan => hub.Clients.Group(TeamHub.Group(teamId)).PlanChanged(plan),
                    revocation => CloseRevokedAsync(teamId, revocation), () => CloseLapsedAsync(teamId), logger);
                _watches[teamId] = watch;
            }

            watch.Homes[home.ConnectionId] = home;
        }

        try
        {
            await watch.StartAsync();
        }
        catch
        {
            // The page reconnects and tries again; a watch that never started must not stay.
            await LeaveAsync(teamId, home.ConnectionId);
            throw;
        }

        // Read now, not the plan the watch started with: this team home may open long after the first.
        return await grains.GetGrain<ITeamPlanGrain>(teamId).GetPlan();
    }

    public async Task LeaveAsync(string teamId, string connectionId)
    {
        PlanWatch? ending = null;
        lock (_watches)
        {
            if (_watches.TryGetValue(teamId, out var watch) && watch.Homes.Remove(connectionId) && watch.Homes.Count == 0)
            {
                _watches.Remove(teamId);
                ending = watch;
            }
        }

        if (ending is not null)
        {
            await ending.DisposeAsync();
        }
    }

    /// <summary>Says why, then closes each team home here whose credential the revocation names.</summary>
    private async Task CloseRevokedAsync(string teamId, CredentialRevocation revocation)
    {
        revoked.Add(revocation);
        List<HubCallerContext> closing;
        lock (_watches)
        {
            closing = _watches.TryGetValue(teamId, out var watch)
                ? watch.Homes.Values.Where(home => home.User is { } user
                    && RevokedCredentials.Names(revocation, user.ParticipantId(), user.FacilitatorKeyId(), user.CredentialTagOf())).ToList()
                : [];
        }

        await CloseAsync(teamId, closing.Select(home => (home, revocation.Message)).ToList());
    }

    /// <summary>
    /// The safety net for a revocation this node missed (the plan grain had restarted and this node had not
    /// renewed its watch yet, so nobody was told): on every renewal, a team home whose member the team no
    /// longer has, or whose facilitator key it no longer has, is closed as the revocation would have closed it.
    /// One small call to the team for each kind of credential open here.
    /// </summary>
    private async Task CloseLapsedAsync(string teamId)
    {
        List<(HubCallerContext Home, string? ParticipantId, string? KeyId)> homes;
        lock (_watches)
        {
            homes = _watches.TryGetValue(teamId, out var watch)
                ? [.. watch.Homes.Values.Select(home => (home, home.User?.ParticipantId(), home.User?.FacilitatorKeyId()))]
                : [];
        }

        var team = grains.GetGrain<ITeamGrain>(teamId);
        var closing = new List<(HubCallerContext, string)>();
        if (homes.Any(h => h.KeyId is not null))
        {
            var keys = (await team.GetFacilitatorKeys()).Select(k => k.KeyId).ToHashSet();
            closing.AddRange(homes.Where(h => h.KeyId is { } keyId && !keys.Contains(keyId)).Select(h => (h.Home, LapsedCredentialMessages.LostKey)));
        }

        if (homes.Any(h => h.ParticipantId is not null))
        {
            var members = (await team.GetMembers()).Select(m => m.ParticipantId).ToHashSet();
            closing.AddRange(homes.Where(h => h.ParticipantId is { } id && !members.Contains(id)).Select(h => (h.Home, LapsedCredentialMessages.RemovedMember)));
        }

        await CloseAsync(teamId, closing);
    }

    private async Task CloseAsync(string teamId, List<(HubCallerContext Home, string Message)> closing)
    {
        foreach (var (home, message) in closing)
        {
            await RevokedConnection.CloseAsync(home, () => hub.Clients.Client(home.ConnectionId).CredentialRevoked(message), logger);
        }

        if (closing.Count > 0)
        {
            SecurityLog.ConnectionsClosed(logger, closing.Count, teamId);
        }
    }

    public async ValueTask DisposeAsync()
    {
        PlanWatch[] all;
        lock (_watches)
        {
            all = [.. _watches.Values];
            _watches.Clear();
        }

        foreach (var watch in all)
        {
            await watch.DisposeAsync();
        }
    }
}
