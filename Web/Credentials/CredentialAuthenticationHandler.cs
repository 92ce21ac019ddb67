using System.Security.Claims;
using System.Text.Encodings.Web;
using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Api;
using AntiLeadership.Live.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace AntiLeadership.Live.Web.Credentials;

/// <summary>
/// Turns a bearer credential into a principal by asking the team grain whether its hash matches.
/// Browsers cannot set headers on a WebSocket, so the hub also accepts it as <c>access_token</c> in the
/// query string (which is why request logging of query strings must stay off).
/// </summary>
public sealed class CredentialAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IGrainFactory grains,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "LiveCredential";

    /// <summary>How long a browser waits before it tries again when its credential could not be checked.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    /// <summary>What a browser is told when its credential could not be checked: a wait, not a refusal.</summary>
    public static readonly string Unchecked = ApiError.TryAgainIn("The server could not check this link just now", RetryAfter);

    private const string UncheckedItem = "live.credential-unchecked";

    /// <summary>
    /// Whether this request offered a credential that could not be checked because the team's grain
    /// was out of reach (its node died and the cluster had not moved it yet). Such a request is told to
    /// try again, never that its link is invalid: that would stop the phone for good.
    /// </summary>
    public static bool CouldNotCheck(HttpContext? http) => http?.Items.ContainsKey(UncheckedItem) == true;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = ReadToken();
        if (token is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!Credential.TryParse(token, out var credential))
        {
            return AuthenticateResult.Fail("Malformed credential.");
        }

        try
        {
            return await NodeLoss.WaitOutAsync(() => CheckAsync(credential), NodeLoss.ConnectPatience, time, Context.RequestAborted);
        }
        catch (Exception failure) when (NodeLoss.Caused(failure))
        {
            Context.Items[UncheckedItem] = true;
            Logger.LogWarning("Could not check a credential of team {TeamId}: its grain is out of reach ({Failure}); the browser will try again",
                credential.TeamId, failure.GetType().Name);
            return AuthenticateResult.Fail("The team's grain is out of reach.");
        }
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!CouldNotCheck(Context))
        {
            await base.HandleChallengeAsync(properties);
            return;
        }

        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        Response.Headers.RetryAfter = $"{(int)RetryAfter.TotalSeconds}";
        await Response.WriteAsJsonAsync(new ApiError(Unchecked));
    }

    private async Task<AuthenticateResult> CheckAsync(Credential credential)
    {
        var team = grains.GetGrain<ITeamGrain>(credential.TeamId);
        var claims = new List<Claim> { new(ClaimTypes.Role, credential.Role), new(LiveClaims.Team, credential.TeamId) };
        if (credential.Role == LiveRoles.Facilitator)
        {
            if (await team.FindFacilitatorKey(credential.SecretHash) is not { } key)
            {
                return AuthenticateResult.Fail("Unknown facilitator key.");
            }

            claims.Add(new Claim(LiveClaims.FacilitatorKey, key.KeyId));
            claims.Add(new Claim(LiveClaims.Lead, key.Lead ? "true" : "false"));
            // The name a co-facilitator was invited under: another facilitator is told whose step came first.
            claims.Add(new Claim(ClaimTypes.Name, key.Label));
        }
        else
        {
            if (await team.FindMember(credential.ParticipantId!, credential.SecretHash) is not { } member)
            {
                return AuthenticateResult.Fail("Unknown participant credential.");
            }

            claims.Add(new Claim(LiveClaims.Participant, member.ParticipantId));
            claims.Add(new Claim(LiveClaims.CredentialTag, LiveClaims.TagOf(credential.SecretHash)));
            claims.Add(new Claim(ClaimTypes.Name, member.DisplayName));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private string? ReadToken()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return header["Bearer ".Length..].Trim();
        }

        return Request.Path.StartsWithSegments("/hubs") && Request.Query["access_token"] is { Count: 1 } query
            ? query.ToString()
            : null;
    }
}
