using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;
using AntiLeadership.Live.Web.Hosting;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// The team's facilitator keys: every facilitator sees the list and can rotate their own key; only a
/// lead can invite or revoke co-facilitators. A key's secret is in exactly one answer, the one that
/// made it. HTTP rather than hub methods: rotating closes the caller's own hub connection.
/// </summary>
public static class TeamKeysApi
{
    /// <summary>Maps under the team's group (<see cref="TeamApi.MapTeamGroup"/>), which admits the team's own facilitators only.</summary>
    public static void MapTeamKeysApi(this RouteGroupBuilder team)
    {
        var keys = team.MapGroup("/keys");
        keys.MapGet("/", List);
        keys.MapPost("/", Issue).RequireAuthorization(LivePolicies.LeadFacilitator);
        keys.MapDelete("/{keyId}", Revoke).RequireAuthorization(LivePolicies.LeadFacilitator);
        keys.MapPost("/rotate", Rotate);
    }

    private static async Task<IResult> List(string teamId, HttpContext http, IGrainFactory grains)
    {
        var mine = http.User.FacilitatorKeyId();
        var keys = await grains.GetGrain<ITeamGrain>(teamId).GetFacilitatorKeys();
        return TypedResults.Ok(new KeyList(keys.Select(k => new KeyListing(k.KeyId, k.Label, k.Lead, k.IssuedAt, k.KeyId == mine)).ToArray()));
    }

    private static async Task<IResult> Issue(string teamId, KeyIssueRequest request, HttpContext http, IGrainFactory grains, PublicAddress address, ILogger<IssuedKey> logger)
    {
        if (await TeamApi.FindSessionOfTeamAsync(grains, teamId, request.SessionId) is not { } sessionId)
        {
            return ApiError.BadRequest("Open the console of one of this team's sessions first.");
        }

        var key = Credential.NewFacilitator(teamId);
        var outcome = await grains.GetGrain<ITeamGrain>(teamId).IssueFacilitatorKey(request.Label ?? "", key.SecretHash);
        if (outcome.Key is not { } issued)
        {
            return ApiError.BadRequest(outcome.Rejection!);
        }

        SecurityLog.KeyChanged(logger, issued.KeyId, teamId, "issued", http.User.FacilitatorKeyId()!);
        return TypedResults.Created($"/api/teams/{teamId}/keys/{issued.KeyId}", Issued(issued, key, address.BaseUrl(http.Request), sessionId));
    }

    private static async Task<IResult> Revoke(string teamId, string keyId, HttpContext http, IGrainFactory grains, ILogger<IssuedKey> logger)
    {
        var outcome = await grains.GetGrain<ITeamGrain>(teamId).RevokeFacilitatorKey(keyId, http.User.FacilitatorKeyId()!);
        if (!outcome.Succeeded)
        {
            return ApiError.BadRequest(outcome.Rejection!);
        }

        SecurityLog.KeyChanged(logger, Credential.IsKeyId(keyId) ? keyId : "(malformed)", teamId, "revoked", http.User.FacilitatorKeyId()!);
        return TypedResults.NoContent();
    }

    private static async Task<IResult> Rotate(string teamId, KeyRotateRequest request, HttpContext http, IGrainFactory grains, PublicAddress address, ILogger<IssuedKey> logger)
    {
        if (await TeamApi.FindSessionOfTeamAsync(grains, teamId, request.SessionId) is not { } sessionId)
        {
            return ApiError.BadRequest("Open the console of one of this team's sessions first.");
        }

        var oldKeyId = http.User.FacilitatorKeyId()!;
        var key = Credential.NewFacilitator(teamId);
        var outcome = await grains.GetGrain<ITeamGrain>(teamId).RotateFacilitatorKey(oldKeyId, key.SecretHash);
        if (outcome.Key is not { } rotated)
        {
            return ApiError.BadRequest(outcome.Rejection!);
        }

        SecurityLog.KeyChanged(logger, oldKeyId, teamId, $"rotated into {rotated.KeyId}", oldKeyId);
        return TypedResults.Ok(Issued(rotated, key, address.BaseUrl(http.Request), sessionId));
    }

    // The key travels in the fragment: browsers never send it to a server, so it stays out of logs.
    private static IssuedKey Issued(FacilitatorKey issued, Credential key, string baseUrl, string sessionId) =>
        new(issued.KeyId, issued.Label, issued.Lead, key.ToString(), $"{baseUrl}/facilitator/{sessionId}#key={key}");
}
