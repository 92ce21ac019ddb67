using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// The team's rota of who facilitated what, across its sessions, for the console's "Who facilitated"
/// card. Only the team's facilitators read it (the team group's policy); phones and the board never do.
/// </summary>
public static class TeamRotaApi
{
    /// <summary>Maps under the team's group (<see cref="TeamApi.MapTeamGroup"/>), which admits the team's own facilitators only.</summary>
    public static void MapTeamRotaApi(this RouteGroupBuilder team) => team.MapGet("/rota", List);

    private static async Task<IResult> List(string teamId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ITeamRotaGrain>(teamId).GetRota());
}
