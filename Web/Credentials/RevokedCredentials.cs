using System.Collections.Concurrent;
using System.Security.Claims;
using AntiLeadership.Live.Sessions;

namespace AntiLeadership.Live.Web.Credentials;

/// <summary>
/// The credentials this node has been told stopped working, so that a call already on its way over a
/// connection that is being closed is refused too. New connections never need it: they authenticate
/// against the team grain. Entries outlive any connection that could still carry them, then go.
/// </summary>
public sealed class RevokedCredentials(TimeProvider time)
{
    private static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    // When each was revoked, and the one credential of that participant that is spared (a new device
    // that a recovery link moved them to), if any.
    private readonly ConcurrentDictionary<string, (DateTimeOffset At, string? Spared)> _revoked = new();

    public void Add(CredentialRevocation revocation)
    {
        var now = time.GetUtcNow();
        foreach (var participantId in revocation.ParticipantIds)
        {
            _revoked[ParticipantEntry(revocation.TeamId, participantId)] = (now, revocation.SparedCredential);
        }

        foreach (var keyId in revocation.FacilitatorKeyIds)
        {
            _revoked[KeyEntry(revocation.TeamId, keyId)] = (now, null);
        }

        foreach (var (entry, (at, _)) in _revoked)
        {
            if (now - at > Memory)
            {
                _revoked.TryRemove(entry, out _);
            }
        }
    }

    // Asked before every hub call: almost always nothing is revoked, so that case allocates nothing.
    public bool IsRevoked(ClaimsPrincipal user) => !_revoked.IsEmpty && user.TeamId() is { } teamId
        && ((user.ParticipantId() is { } participantId && _revoked.TryGetValue(ParticipantEntry(teamId, participantId), out var revoked)
                && (revoked.Spared is null || revoked.Spared != user.CredentialTagOf()))
            || (user.FacilitatorKeyId() is { } keyId && _revoked.ContainsKey(KeyEntry(teamId, keyId))));

    /// <summary>Whether a connection of this participant or key is one the revocation names.</summary>
    public static bool Names(CredentialRevocation revocation, string? participantId, string? keyId, string? credentialTag = null) =>
        (participantId is not null && revocation.ParticipantIds.Contains(participantId)
            && (revocation.SparedCredential is null || revocation.SparedCredential != credentialTag))
        || (keyId is not null && revocation.FacilitatorKeyIds.Contains(keyId));

    private static string ParticipantEntry(string teamId, string participantId) => $"{teamId}/p/{participantId}";

    private static string KeyEntry(string teamId, string keyId) => $"{teamId}/k/{keyId}";
}
