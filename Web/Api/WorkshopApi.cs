using AntiLeadership.Live.Grains.Teams;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.Extensions.Options;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Starting a workshop: a new team with its first session, or the next session of a team. Both are
/// limited per address (<see cref="StartThrottle"/>); a new team may also need the server's start key.
/// </summary>
public static class WorkshopApi
{
    public static void MapWorkshopApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/start", (IOptions<LiveOptions> options) => TypedResults.Ok(new StartRequirements(options.Value.StartKey.Length > 0)))
            .AllowAnonymous();
        var teams = app.MapGroup("/api/teams");
        teams.MapPost("/", StartWorkshop).AllowAnonymous();
        // Starting a team's next session lives in the team's own group (see TeamApi.MapTeamGroup).
        app.MapTeamGroup().MapPost("/sessions", StartNextSession);
    }

    private static async Task<IResult> StartWorkshop(
        WorkshopStartRequest request, IGrainFactory grains, PublicAddress address, HttpContext http, StartThrottle throttle, SessionIdGuard sessions, IOptions<LiveOptions> options, ILogger<WorkshopStarted> logger)
    {
        var (teamName, teamProblem) = TeamRules.TeamName(request.TeamName);
        if (teamProblem is not null)
        {
            return ApiError.BadRequest(teamProblem);
        }

        var (title, problem) = SessionStarter.CheckTitle(request.SessionTitle);
        if (problem is not null)
        {
            return ApiError.BadRequest(problem);
        }

        // The allowance first: a wrong start key uses it up too, so keys cannot be tried quickly.
        if (Throttled(http, throttle, logger) is { } throttled)
        {
            return throttled;
        }

        if (StartKey.Refusal(options.Value.StartKey, request.StartKey) is { } refusal)
        {
            SecurityLog.StartRefused(logger, ClientAddress.Of(http), refusal == StartKey.Needed ? "no start key" : "wrong start key");
            return ApiError.Forbidden(refusal);
        }

        var teamId = Secrets.NewId();
        var key = Credential.NewFacilitator(teamId);
        var founded = await grains.GetGrain<ITeamGrain>(teamId).Found(new TeamFounding(teamName, key.SecretHash));
        if (!founded.Succeeded)
        {
            return ApiError.BadRequest(founded.Rejection!);
        }

        var (sessionId, joinCode) = await SessionStarter.StartAsync(grains, teamId, teamName, title, logger);
        sessions.Found(sessionId); // the console and board that open next are never held back here
        return TypedResults.Created($"/facilitator/{sessionId}", Started(address.BaseUrl(http.Request), teamId, sessionId, joinCode, key.ToString()));
    }

    private static async Task<IResult> StartNextSession(
        string teamId, SessionStartRequest request, HttpContext http, IGrainFactory grains, PublicAddress address, StartThrottle throttle, SessionIdGuard sessions, ILogger<WorkshopStarted> logger)
    {
        var (title, problem) = SessionStarter.CheckTitle(request.SessionTitle);
        if (problem is not null)
        {
            return ApiError.BadRequest(problem);
        }

        if (Throttled(http, throttle, logger) is { } throttled)
        {
            return throttled;
        }

        var team = await grains.GetGrain<ITeamGrain>(teamId).GetView();
        var (sessionId, joinCode) = await SessionStarter.StartAsync(grains, teamId, team.Name, title, logger);
        sessions.Found(sessionId); // the console and board that open next are never held back here
        var key = http.Request.Headers.Authorization.ToString()["Bearer ".Length..];
        return TypedResults.Created($"/facilitator/{sessionId}", Started(address.BaseUrl(http.Request), teamId, sessionId, joinCode, key));
    }

    private static IResult? Throttled(HttpContext http, StartThrottle throttle, ILogger logger)
    {
        var from = ClientAddress.Of(http);
        if (throttle.TryStart(from) is not { } wait)
        {
            return null;
        }

        SecurityLog.RateLimited(logger, from, "starting workshops");
        return ApiError.TooMany(http.Response, wait, StartThrottle.TooMany);
    }

    private static WorkshopStarted Started(string baseUrl, string teamId, string sessionId, string joinCode, string key) => new(
        teamId,
        sessionId,
        joinCode,
        key,
        // The key travels in the fragment: browsers never send it to a server, so it stays out of logs.
        $"{baseUrl}/facilitator/{sessionId}#key={key}",
        $"{baseUrl}/join/{joinCode}",
        $"{baseUrl}/board/{sessionId}");
}
