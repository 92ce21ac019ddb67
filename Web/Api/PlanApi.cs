using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Web.Api;

/// <summary>The team's living plan, as the team home reads and changes it.</summary>
public static class PlanApi
{
    /// <summary>Maps under the team home's group (<see cref="TeamApi.MapTeamHomeGroup"/>): the team's facilitators and members.</summary>
    public static void MapPlanApi(this RouteGroupBuilder home) =>
        home.MapGet("/plan", Read);

    private static async Task<IResult> Read(string teamId, IGrainFactory grains) =>
        TypedResults.Json(await grains.GetGrain<ITeamPlanGrain>(teamId).GetPlan());
}
