using Microsoft.AspNetCore.SignalR;

namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// One browser connected to this node: the session it joined, whose credential it uses, the session
/// version it was admitted at (membership changes older than that say nothing about it), and its
/// context, to close it. Kept with the connection too (<see cref="Of"/>), so that a hub call finds who
/// is calling with one look-up instead of reading the credential's claims again.
/// </summary>
public sealed record LiveConnection(string SessionId, string? ParticipantId, string? FacilitatorKeyId, long AdmittedAtVersion, HubCallerContext Context)
{
    // An object, not a string: the connection's items are a dictionary of objects, and a string key is
    // hashed character by character on every look-up, several times on every vote.
    private static readonly object Key = new();

    /// <summary>The connection's own record, once it has been admitted to its session; null before.</summary>
    public static LiveConnection? Of(HubCallerContext context) =>
        context.Items.TryGetValue(Key, out var value) ? value as LiveConnection : null;

    /// <summary>Keeps this record with its connection, for <see cref="Of"/>.</summary>
    public void KeepWithConnection() => Context.Items[Key] = this;

    /// <summary>A room display: connected without a credential, it only watches.</summary>
    public bool IsBoard => ParticipantId is null && FacilitatorKeyId is null;
}
