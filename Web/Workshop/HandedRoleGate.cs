using AntiLeadership.Live.Sessions;
using AntiLeadership.Live.Web.Credentials;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// Who may steer a session through the hub (the <see cref="LivePolicies.Steering"/> policy): the team's
/// facilitators, and the participant a facilitator has handed the role to, while they hold it. Asked of
/// the session grain on every call, so a role taken back stops the next call at once; anyone else is
/// refused as for any facilitator method. What a turn allows (one activity or the whole session) is the
/// session grain's to check again when it runs the command.
/// </summary>
public sealed class HandedRoleGate(IGrainFactory grains) : AuthorizationHandler<HandedRoleGate.Requirement, HubInvocationContext>
{
    public sealed class Requirement : IAuthorizationRequirement;

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement, HubInvocationContext invocation)
    {
        var user = context.User;
        if (user.IsFacilitator() && user.FacilitatorKeyId() is not null && user.TeamId() is not null)
        {
            context.Succeed(requirement);
            return;
        }

        // The connection's session was fixed (and checked against the credential's team) when it connected.
        if (user.IsParticipant() && user.ParticipantId() is { } participantId
            && LiveConnection.Of(invocation.Context) is { } connection
            && (await grains.GetGrain<ISessionGrain>(connection.SessionId).Admit(participantId, facilitator: false)).View.Grant?.ParticipantId == participantId)
        {
            context.Succeed(requirement);
        }
    }
}
