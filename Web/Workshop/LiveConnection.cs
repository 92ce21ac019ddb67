using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// One browser connected to this node: whose credential it uses, the session version it was admitted
/// at (membership changes older than that say nothing about it), and its context, to close it.
/// </summary>
public sealed record LiveConnection(string? ParticipantId, string? FacilitatorKeyId, long AdmittedAtVersion, HubCallerContext Context)
{
    /// <summary>A room display: connected without a credential, it only watches.</summary>
    public bool IsBoard => ParticipantId is null && FacilitatorKeyId is null;
}
