using AntiLeadership.Live.Grains.Retention;
using AntiLeadership.Live.Retention;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Deleting a session, the whole team, and automatic deletion (see "Retention" in docs/architecture.md).
/// Any of the team's facilitators deletes a session; only a lead deletes the team or sets automatic
/// deletion, which deletes the team too, only later.
/// </summary>
public static class RetentionApi
{
    public const string WrongName = "That is not the team's name. Type it exactly to delete the team.";

    /// <summary>Maps under the team's group (<see cref="TeamApi.MapTeamGroup"/>), which admits the team's own facilitators only.</summary>
    public static void MapRetentionApi(this RouteGroupBuilder team)
    {
        team.MapDelete("/sessions/{sessionId}", DeleteSession);
        team.MapDelete("", DeleteTeam).RequireAuthorization(LivePolicies.LeadFacilitator);
        team.MapGet("/retention", GetRetention);
        team.MapPut("/retention", SetRetention).RequireAuthorization(LivePolicies.LeadFacilitator);
    }

    /// <summary>
    /// 204 whether it was deleted now or before: a retry after a lost answer is done, not an error.
    /// Only the team's own sessions are ever touched; another id deletes nothing.
    /// </summary>
    private static async Task<IResult> DeleteSession(string teamId, string sessionId, HttpContext http, IGrainFactory grains, ILogger<TeamDeleteRequest> logger)
    {
        if (Credential.IsId(sessionId) && await TeamDeletion.ForgetSessionAsync(grains, teamId, sessionId))
        {
            logger.LogInformation("Facilitator key {KeyId} deleted session {SessionId} of team {TeamId}", http.User.FacilitatorKeyId(), sessionId, teamId);
        }

        return TypedResults.NoContent();
    }

    private static async Task<IResult> DeleteTeam(string teamId, [Microsoft.AspNetCore.Mvc.FromBody] TeamDeleteRequest request, HttpContext http, IGrainFactory grains, ILogger<TeamDeleteRequest> logger)
    {
        var view = await grains.GetGrain<ITeamGrain>(teamId).GetView();
        if (TextRules.Normalize(request.Name) != view.Name)
        {
            return ApiError.BadRequest(WrongName);
        }

        await TeamDeletion.ForgetTeamAsync(grains, teamId);
        logger.LogInformation("Lead facilitator key {KeyId} deleted team {TeamId}", http.User.FacilitatorKeyId(), teamId);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> GetRetention(string teamId, IGrainFactory grains) =>
        await grains.GetGrain<ITeamGrain>(teamId).GetRetention() is { } retention
            ? TypedResults.Ok(Setting(retention))
            : ApiError.NotFound("This team does not exist.");

    private static async Task<IResult> SetRetention(string teamId, RetentionRequest request, IGrainFactory grains)
    {
        var team = grains.GetGrain<ITeamGrain>(teamId);
        var outcome = await team.SetRetention(request.Days);
        if (!outcome.Succeeded)
        {
            return ApiError.BadRequest(outcome.Rejection!);
        }

        return TypedResults.Ok(Setting((await team.GetRetention())!));
    }

    private static RetentionSetting Setting(TeamRetention retention) =>
        new(retention.Days, retention.DeleteAfter, RetentionRules.MinDays, RetentionRules.MaxDays);
}
