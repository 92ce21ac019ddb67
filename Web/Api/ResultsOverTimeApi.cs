using AntiLeadership.Live.Programme.Results;

namespace AntiLeadership.Live.Web.Api;

/// <summary>The team's results over time (the questions it asks again, as series), for the team home and the comparison card's setup.</summary>
public static class ResultsOverTimeApi
{
    /// <summary>Maps under the team home's group (<see cref="TeamApi.MapTeamHomeGroup"/>): the team's facilitators and members.</summary>
    public static void MapResultsOverTimeApi(this RouteGroupBuilder home)
    {
        home.MapGet("/results", Read);
        home.MapGet("/strengths", ReadStrengths);
    }

    private static async Task<IResult> Read(string teamId, IGrainFactory grains) =>
        TypedResults.Json(new { groups = await grains.GetGrain<ITeamResultsGrain>(teamId).GetResults() });

    private static async Task<IResult> ReadStrengths(string teamId, IGrainFactory grains) =>
        TypedResults.Json(await grains.GetGrain<ITeamResultsGrain>(teamId).GetStrengths());
}
