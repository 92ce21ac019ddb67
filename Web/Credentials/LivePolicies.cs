using Microsoft.AspNetCore.Authorization;

namespace AntiLeadership.Live.Web.Credentials;

/// <summary>Who may call what. Every hub method and endpoint names one of these (or allows anonymous).</summary>
public static class LivePolicies
{
    public const string Facilitator = "facilitator";
    public const string Participant = "participant";

    /// <summary>
    /// A facilitator, or a participant: for the hub methods a participant may use while the facilitator
    /// role is handed to them. The session grain checks that role on every command, so a participant
    /// without it is refused there (and the refusal is logged as a security event).
    /// </summary>
    public const string Steering = "steering";

    /// <summary>A facilitator whose key is a lead key: may invite and revoke co-facilitators.</summary>
    public const string LeadFacilitator = "lead-facilitator";

    /// <summary>Whoever runs the server: metrics and the Orleans dashboard.</summary>
    public const string Operator = "operator";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Facilitator, policy => policy.RequireRole(LiveRoles.Facilitator).RequireClaim(LiveClaims.Team).RequireClaim(LiveClaims.FacilitatorKey));
        options.AddPolicy(LeadFacilitator, policy => policy.RequireRole(LiveRoles.Facilitator).RequireClaim(LiveClaims.Team).RequireClaim(LiveClaims.Lead, "true"));
        options.AddPolicy(Operator, policy => policy.AddRequirements(new Operations.OperatorGate.Requirement()));
        options.AddPolicy(Steering, policy => policy.RequireRole(LiveRoles.Facilitator, LiveRoles.Participant).RequireClaim(LiveClaims.Team)
            .RequireAssertion(context => context.User.FacilitatorKeyId() is not null || context.User.ParticipantId() is not null));
        options.AddPolicy(Participant, policy => policy.RequireRole(LiveRoles.Participant).RequireClaim(LiveClaims.Participant));
    }
}
