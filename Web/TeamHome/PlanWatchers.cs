using AntiLeadership.Live.Programme;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>
/// One watch per team with a team home open on this node (not one per browser), as the session fan-out
/// does for sessions: the plan grain tells the node, the node tells its browsers.
/// </summary>
public sealed class PlanWatchers(IGrainFactory grains, IHubContext<TeamHub, ITeamHomeClient> hub, ILogger<PlanWatchers> logger) : IAsyncDisposable
{
    private readonly Dictionary<string, PlanWatch> _watches = [];

    /// <summary>Counts one more team home of the team on this node; answers the plan as it is now.</summary>
    public async Task<TeamPlan> JoinAsync(string teamId)
    {
        PlanWatch watch;
        lock (_watches)
        {
            if (!_watches.TryGetValue(teamId, out watch!))
            {
                watch = new PlanWatch(grains, teamId, plan => hub.Clients.Group(TeamHub.Group(teamId)).PlanChanged(plan), logger);
                _watches[teamId] = watch;
            }

            watch.Viewers++;
        }

        try
        {
            await watch.StartAsync();
        }
        catch
        {
            // The page reconnects and tries again; a watch that never started must not stay.
            await LeaveAsync(teamId);
            throw;
        }

        // Read now, not the plan the watch started with: this team home may open long after the first.
        return await grains.GetGrain<ITeamPlanGrain>(teamId).GetPlan();
    }

    public async Task LeaveAsync(string teamId)
    {
        PlanWatch? ending = null;
        lock (_watches)
        {
            if (_watches.TryGetValue(teamId, out var watch) && --watch.Viewers == 0)
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
