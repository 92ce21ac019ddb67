using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Hosting;
using AntiLeadership.Live.Web.TeamHome;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// Phones get replaced and browsers forget in three months: a facilitator issues a member a one-time
/// link, and the new device that opens it becomes that member (the old device's credential stops).
/// Never by typing a name, which anyone in the room could type.
/// </summary>
public static class RecoveryApi
{
    /// <summary>Long enough to reach someone on holiday, short enough that an old chat message is no key.</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    /// <summary>Issuing maps under the team's group (its facilitators); redeeming is open, throttled like a join.</summary>
    public static void MapRecoveryApi(this IEndpointRouteBuilder app, RouteGroupBuilder team)
    {
        team.MapPost("/members/{participantId}/recovery", Issue);
        app.MapPost("/api/recover", Redeem).AllowAnonymous();
    }

    private static async Task<IResult> Issue(string teamId, string participantId, HttpContext http, IGrainFactory grains, PublicAddress address, TimeProvider time, ILogger<RecoveryLink> logger)
    {
        if (!Credential.IsId(participantId))
        {
            return ApiError.BadRequest("That person is not (any more) in this team.");
        }

        var secret = Secrets.NewSecret();
        var expiresAt = time.GetUtcNow() + LinkLifetime;
        var outcome = await grains.GetGrain<ITeamGrain>(teamId).IssueRecovery(participantId, Secrets.Hash(secret), expiresAt);
        if (!outcome.Succeeded)
        {
            return ApiError.BadRequest(outcome.Rejection!);
        }

        SecurityLog.RecoveryIssued(logger, participantId, teamId, http.User.FacilitatorKeyId()!);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new RecoveryLink($"{address.BaseUrl(http.Request)}/team/{teamId}#recover={participantId}.{secret}", expiresAt));
    }

    private static async Task<IResult> Redeem(RecoveryRequest request, HttpContext http, IGrainFactory grains, JoinThrottle throttle, ILogger<RecoveryLink> logger)
    {
        var address = ClientAddress.Of(http);
        if (throttle.MustWait(address) is { } wait)
        {
            return ApiError.TooManyAttempts(http.Response, wait);
        }

        var newCredential = Credential.TryParse($"p.{request.TeamId}.{request.ParticipantId}.{request.NewSecret}", out var made) ? made : null;
        var member = newCredential is not null && Credential.TryParse($"p.{request.TeamId}.{request.ParticipantId}.{request.Secret}", out var link)
            ? await grains.GetGrain<ITeamGrain>(link.TeamId).Recover(link.ParticipantId!, link.SecretHash, newCredential.SecretHash)
            : null;
        if (member is null)
        {
            return throttle.Failed(address) is { } tooMany
                ? ApiError.TooManyAttempts(http.Response, tooMany)
                : ApiError.NotFound("This link does not work (any more): it was used, replaced or is over a week old. Ask your facilitator for a new one.");
        }

        SecurityLog.Recovered(logger, member.ParticipantId, newCredential!.TeamId);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new Recovered(newCredential.TeamId, member.ParticipantId, member.DisplayName, newCredential.ToString()));
    }
}
