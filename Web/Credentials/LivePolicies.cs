using Microsoft.AspNetCore.Authorization;

namespace AntiLeadership.Live.Web.Credentials;

/// <summary>Who may call what. Every hub method and endpoint names one of these (or allows anonymous).</summary>
public static class LivePolicies
{
    public const string Facilitator = "facilitator";
    public const string Participant = "participant";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Facilitator, policy => policy.RequireRole(LiveRoles.Facilitator).RequireClaim(LiveClaims.Team));
        options.AddPolicy(Participant, policy => policy.RequireRole(LiveRoles.Participant).RequireClaim(LiveClaims.Participant));
    }
}
