using AntiLeadership.Live.Teams;
using AntiLeadership.Live.Web.Credentials;

namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// A participant coming back with their own valid credential (a reload, a new phone, a rejoin). What
/// others at their address tried must not keep them out of their own team's session; their own wrong
/// lookups still count, against <see cref="ThrottleKey"/>, so a credential is no licence to guess.
/// </summary>
public sealed record ReturningMember(string TeamId, string ParticipantId)
{
    public string ThrottleKey => $"participant {ParticipantId}";

    /// <summary>
    /// From the request's bearer credential (already checked by authentication), else from a credential
    /// offered in the body, checked against its team. Null when neither is a participant's valid credential.
    /// </summary>
    public static async Task<ReturningMember?> FindAsync(HttpContext http, string? offered, IGrainFactory grains)
    {
        if (http.User.IsParticipant() && http.User.TeamId() is { } teamId && http.User.ParticipantId() is { } participantId)
        {
            return new ReturningMember(teamId, participantId);
        }

        if (!Credential.TryParse(offered, out var credential) || credential.Role != LiveRoles.Participant)
        {
            return null;
        }

        var member = await grains.GetGrain<ITeamGrain>(credential.TeamId).FindMember(credential.ParticipantId!, credential.SecretHash);
        return member is null ? null : new ReturningMember(credential.TeamId, member.ParticipantId);
    }
}
