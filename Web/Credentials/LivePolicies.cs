using Microsoft.AspNetCore.Authorization;

namespace AntiLeadership.Live.Web.Credentials;

/// <summary>Who may call what. Every hub method and endpoint names one of these (or allows anonymous).</summary>
public static class LivePolicies
{
    public const string Facilitator = "facilitator";
    public const string Participant = "participant";

    /// <summary>
    /// A facilitator, or the participant the facilitator role is handed to while they hold it (asked of
    /// the session on every call: <see cref="Workshop.HandedRoleGate"/>). Anyone else is refused as for a
    /// facilitator method.
    /// </summary>
    public const string Steering = "steering";

    /// <summary>A facilitator whose key is a lead key: may invite and revoke co-facilitators.</summary>
    public const string LeadFacilitator = "lead-facilitator";

    /// <summary>
    /// A facilitator of a team or one of its members (the device that joined): the team home. Which team
    /// is checked against the path by the group that uses it (<see cref="Api.TeamApi.MapTeamHomeGroup"/>).
    /// </summary>
    public const string TeamMember = "team-member";

    /// <summary>Whoever runs the server: metrics and the Orleans dashboard.</summary>
    public const string Operator = "operator";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Facilitator, policy => policy.RequireRole(LiveRoles.Facilitator).RequireClaim(LiveClaims.Team).RequireClaim(LiveClaims.FacilitatorKey));
        options.AddPolicy(LeadFacilitator, policy => policy.RequireRole(LiveRoles.Facilitator).RequireClaim(LiveClaims.Team).RequireClaim(LiveClaims.Lead, "true"));
        options.AddPolicy(Operator, policy => policy.AddRequirements(new Operations.OperatorGate.Requirement()));
        options.AddPolicy(Steering, policy => policy.AddRequirements(new Workshop.HandedRoleGate.Requirement()));
        options.AddPolicy(TeamMember, policy => policy.RequireRole(LiveRoles.Facilitator, LiveRoles.Participant).RequireClaim(LiveClaims.Team));
        options.AddPolicy(Participant, policy => policy.RequireRole(LiveRoles.Participant).RequireClaim(LiveClaims.Participant));
    }
}
