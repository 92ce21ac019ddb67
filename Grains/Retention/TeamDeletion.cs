using AntiLeadership.Live.Grains.Programme;
using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;

namespace AntiLeadership.Live.Grains.Retention;

/// <summary>
/// Deleting a session or a whole team, in an order that survives a failure part way: what can only be
/// found through something else goes before that something (a session's activities before the session,
/// the sessions before the team's list of them), so a retry finds every leftover and finishes. Each
/// step is harmless to repeat. Used by the facilitators' API and by the automatic deletion sweep.
/// </summary>
public static class TeamDeletion
{
    /// <summary>
    /// Deletes one of the team's sessions: its connections close, its grains are forgotten, the
    /// programme's grains let go of what came from it, and the team's list no longer has it. The plan
    /// stays (commitments are the team's). False when the team has no such session (never, or no more).
    /// </summary>
    public static async Task<bool> ForgetSessionAsync(IGrainFactory grains, string teamId, string sessionId)
    {
        var team = grains.GetGrain<ITeamGrain>(teamId);
        var view = await team.GetView();
        if (!view.Sessions.Any(s => s.SessionId == sessionId))
        {
            return false;
        }

        await grains.GetGrain<ISessionGrain>(sessionId).Forget();
        await Task.WhenAll(TeamProgramme.SessionTraces(grains, teamId).Select(t => t.ForgetSession(sessionId)));
        await team.ForgetSession(sessionId);
        return true;
    }

    /// <summary>
    /// Deletes the team: every session as above, every part of its programme, then the team itself, so
    /// every facilitator key and participant credential of it stops working. Harmless on a team that is gone.
    /// </summary>
    public static async Task ForgetTeamAsync(IGrainFactory grains, string teamId)
    {
        var team = grains.GetGrain<ITeamGrain>(teamId);
        var view = await team.GetView();

        // One session at a time: a team of years has many, and each closes its own connections.
        foreach (var session in view.Sessions)
        {
            await ForgetSessionAsync(grains, teamId, session.SessionId);
        }

        await Task.WhenAll(TeamProgramme.Parts(grains, teamId).Select(p => p.Forget()));
        await team.Forget();
    }
}
