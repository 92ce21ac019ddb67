using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Web.Credentials;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// A session of the calling facilitator's own team, for the endpoints that act on one (results,
/// images). Another team's session and one that does not exist look the same from outside.
/// </summary>
public static class OwnSession
{
    public const string NotInTeam = "This session does not exist in your team.";

    /// <param name="doing">What the caller tried, for the security log ("export", "upload an image to").</param>
    public static async Task<(SessionView? Session, IResult? Refused)> FindAsync(string sessionId, HttpContext http, SessionIdGuard guard, string doing)
    {
        var teamId = http.User.TeamId()!;
        var (session, wait) = await guard.AskAsync(sessionId, ClientAddress.Of(http), teamId, s => s.GetView(), v => v.Exists);
        if (wait is { } seconds)
        {
            return (null, ApiError.TooManyAttempts(http.Response, seconds));
        }

        if (session is null || session.TeamId != teamId)
        {
            if (session is not null)
            {
                var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OwnSession));
                SecurityLog.NotAllowed(logger, http.User.Describe(), teamId, $"{doing} session {sessionId} of another team");
            }

            return (null, ApiError.NotFound(NotInTeam));
        }

        return (session, null);
    }
}
