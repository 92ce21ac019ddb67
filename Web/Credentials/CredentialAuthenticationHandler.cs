using System.Security.Claims;
using System.Text.Encodings.Web;
using AntiLeadership.Live.Teams;
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
    IGrainFactory grains) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "LiveCredential";

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
