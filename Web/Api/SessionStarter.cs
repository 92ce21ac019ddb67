using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Opens a new session for a team: a fresh id, a join code nobody else holds, and the team's record of
/// it. The title it is given is already checked (<see cref="CheckTitle"/>) and in its stored form.
/// </summary>
public static class SessionStarter
{
    /// <summary>The title as it will be stored, or why it cannot be; checked here before a join code is claimed for it.</summary>
    public static CheckedText CheckTitle(string? title) => SessionRules.Title(title);

    public static async Task<(string SessionId, string JoinCode)> StartAsync(IGrainFactory grains, string teamId, string teamName, string title, ILogger logger)
    {
        var sessionId = Secrets.NewId();
        var joinCode = await ClaimJoinCodeAsync(grains, sessionId);
        var opened = await grains.GetGrain<ISessionGrain>(sessionId).Open(new SessionOpening(teamId, teamName, title, joinCode));
        if (!opened.Succeeded)
        {
            throw new InvalidOperationException(opened.Rejection);
        }

        await grains.GetGrain<ITeamGrain>(teamId).RecordSession(sessionId, title);
        logger.LogInformation("Session {SessionId} of team {TeamId} opened", sessionId, teamId);

        // A join code lets anyone in until the facilitator closes the session to newcomers: only an
        // operator tracing a join problem needs it, so it stays out of the log at the usual levels.
        logger.LogDebug("Session {SessionId} takes join code {JoinCode}", sessionId, joinCode);
        return (sessionId, joinCode);
    }

    private static async Task<string> ClaimJoinCodeAsync(IGrainFactory grains, string sessionId)
    {
        // Collisions are vanishingly rare at 40 bits, but a claimed code must never be handed out twice.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var code = JoinCodes.New();
            if (await grains.GetGrain<IJoinCodeGrain>(code).Claim(sessionId))
            {
                return code;
            }
        }

        throw new InvalidOperationException("Could not find a free join code.");
    }
}
