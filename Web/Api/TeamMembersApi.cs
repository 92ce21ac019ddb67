using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Removing a participant from the team: their credential stops working, their connections close,
/// and what they already voted stays counted (acknowledged votes are never taken back).
/// </summary>
public static class TeamMembersApi
{
    /// <summary>Maps under the team's group (<see cref="TeamApi.MapTeamGroup"/>), which admits the team's own facilitators only.</summary>
    public static void MapTeamMembersApi(this RouteGroupBuilder team) =>
        team.MapDelete("/members/{participantId}", Remove);

    private static async Task<IResult> Remove(string teamId, string participantId, HttpContext http, IGrainFactory grains, ILogger<TeamMember> logger)
    {
        if (!Credential.IsId(participantId))
        {
            return ApiError.BadRequest("That participant is not (any more) in this team.");
        }

        var outcome = await grains.GetGrain<ITeamGrain>(teamId).RemoveMember(participantId);
        if (!outcome.Succeeded)
        {
            return ApiError.BadRequest(outcome.Rejection!);
        }

        SecurityLog.MemberRemoved(logger, participantId, teamId, http.User.FacilitatorKeyId()!);
        return TypedResults.NoContent();
    }
}
