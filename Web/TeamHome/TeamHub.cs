using AntiLeadership.Live.Web.Credentials;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>
/// Keeps open team homes live: the plan as it changes, from a console, a phone between sessions or a
/// review in a session. Push only; every change goes through the HTTP API. Which team comes from the
/// connection's credential, never from anything the browser says; a credential revoked while its home is
/// open closes it (<see cref="PlanWatchers"/>).
/// </summary>
[Authorize(Policy = LivePolicies.TeamMember)]
public sealed class TeamHub(PlanWatchers watchers) : Hub<ITeamHomeClient>
{
    public static string Group(string teamId) => $"team:{teamId}";

    public override async Task OnConnectedAsync()
    {
        var teamId = Context.User!.TeamId()!;
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(teamId));
        var plan = await watchers.JoinAsync(teamId, Context);
        await Clients.Caller.PlanChanged(plan);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await watchers.LeaveAsync(Context.User!.TeamId()!, Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }
}
