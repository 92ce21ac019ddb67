namespace AntiLeadership.Live.Sessions;

/// <summary>
/// Credentials of a team that stopped working: removed participants and revoked (or rotated) facilitator
/// keys. Web nodes close the connections that used them and refuse their next call. Carries ids only,
/// never a secret or a name. With <see cref="ClosedSessionId"/>, the session was deleted: every
/// connection to it closes, while the credentials still work for the team's other sessions.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record CredentialRevocation(
    [property: Id(0)] string TeamId,
    [property: Id(1)] IReadOnlyList<string> ParticipantIds,
    [property: Id(2)] IReadOnlyList<string> FacilitatorKeyIds,
    [property: Id(3)] string Message,
    [property: Id(4)] string? SparedCredential = null,
    [property: Id(5)] string? ClosedSessionId = null)
{
    /// <summary>The tag that names one participant credential, from its secret's hash (a prefix: enough to tell two apart, and no secret).</summary>
    public static string TagOf(string secretHash) => secretHash[..16];
}
