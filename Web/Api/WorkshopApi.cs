using AntiLeadership.Live.Grains.Teams;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Hosting;

namespace AntiLeadership.Live.Web.Api;

/// <summary>Starting a workshop: a new team with its first session, or the next session of a team.</summary>
public static class WorkshopApi
{
    public static void MapWorkshopApi(this IEndpointRouteBuilder app)
    {
        var teams = app.MapGroup("/api/teams");
        teams.MapPost("/", StartWorkshop).AllowAnonymous();
        teams.MapPost("/{teamId}/sessions", StartNextSession).RequireAuthorization(LivePolicies.Facilitator);
    }

    private static async Task<IResult> StartWorkshop(WorkshopStartRequest request, IGrainFactory grains, PublicAddress address, HttpRequest http, ILogger<WorkshopStarted> logger)
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

        var teamId = Secrets.NewId();
        var key = Credential.NewFacilitator(teamId);
        var founded = await grains.GetGrain<ITeamGrain>(teamId).Found(new TeamFounding(teamName, key.SecretHash));
        if (!founded.Succeeded)
        {
            return ApiError.BadRequest(founded.Rejection!);
        }

        var (sessionId, joinCode) = await SessionStarter.StartAsync(grains, teamId, teamName, title, logger);
        return TypedResults.Created($"/facilitator/{sessionId}", Started(address.BaseUrl(http), teamId, sessionId, joinCode, key.ToString()));
    }

    private static async Task<IResult> StartNextSession(string teamId, SessionStartRequest request, HttpContext http, IGrainFactory grains, PublicAddress address, ILogger<WorkshopStarted> logger)
    {
        if (TeamApi.OtherTeam(http, teamId) is { } refused)
        {
            return refused;
        }

        var (title, problem) = SessionStarter.CheckTitle(request.SessionTitle);
        if (problem is not null)
        {
            return ApiError.BadRequest(problem);
        }

        var team = await grains.GetGrain<ITeamGrain>(teamId).GetView();
        var (sessionId, joinCode) = await SessionStarter.StartAsync(grains, teamId, team.Name, title, logger);
        var key = http.Request.Headers.Authorization.ToString()["Bearer ".Length..];
        return TypedResults.Created($"/facilitator/{sessionId}", Started(address.BaseUrl(http.Request), teamId, sessionId, joinCode, key));
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
