using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;

namespace AntiLeadership.Live.Web.Api;

/// <summary>The route group every endpoint about one team lives in, and the checks they share.</summary>
public static class TeamApi
{
    /// <summary>
    /// "/api/teams/{teamId}": for the team's own facilitators only, checked once here for every
    /// endpoint in the group (as the TodoApi sample applies policy per group), not in each handler.
    /// </summary>
    public static RouteGroupBuilder MapTeamGroup(this IEndpointRouteBuilder app)
    {
        var team = app.MapGroup("/api/teams/{teamId}").RequireAuthorization(LivePolicies.Facilitator);
        team.AddEndpointFilter(async (context, next) =>
            OtherTeam(context.HttpContext, context.HttpContext.GetRouteValue("teamId") as string ?? "") ?? await next(context));
        return team;
    }

    /// <summary>
    /// "/api/teams/{teamId}/home": what the team home shows and what members may do there between
    /// sessions, for the team's facilitators and its members (their device's credential). Endpoints that
    /// only facilitators may call add <see cref="LivePolicies.Facilitator"/> themselves.
    /// </summary>
    public static RouteGroupBuilder MapTeamHomeGroup(this IEndpointRouteBuilder app)
    {
        var home = app.MapGroup("/api/teams/{teamId}/home").RequireAuthorization(LivePolicies.TeamMember);
        home.AddEndpointFilter(async (context, next) =>
            OtherTeam(context.HttpContext, context.HttpContext.GetRouteValue("teamId") as string ?? "") ?? await next(context));
        return home;
    }

    /// <summary>The refusal when the caller's credential belongs to another team than the one in the path.</summary>
    private static IResult? OtherTeam(HttpContext http, string teamId)
    {
        if (http.User.TeamId() == teamId)
        {
            return null;
        }

        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TeamApi));
        SecurityLog.NotAllowed(logger, http.User.Describe(), http.User.TeamId(), "act on another team");
        return ApiError.Forbidden("This link belongs to another team.");
    }

    /// <summary>
    /// The session id when it names one of this team's sessions. Asked of the team (already active for
    /// the caller's credential), not of the session: an id the team never started activates nothing.
    /// </summary>
    public static async Task<string?> FindSessionOfTeamAsync(IGrainFactory grains, string teamId, string? sessionId)
    {
        if (sessionId is null || !Credential.IsId(sessionId))
        {
            return null;
        }

        var team = await grains.GetGrain<ITeamGrain>(teamId).GetView();
        return team.Sessions.Any(s => s.SessionId == sessionId) ? sessionId : null;
    }
}
