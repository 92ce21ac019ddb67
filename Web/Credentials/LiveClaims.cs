using System.Security.Claims;

namespace AntiLeadership.Live.Web.Credentials;

/// <summary>The claims a credential turns into, and typed access to them.</summary>
public static class LiveClaims
{
    public const string Team = "team";
    public const string Participant = "participant";
    public const string FacilitatorKey = "facilitator_key";
    public const string Lead = "lead";

    /// <summary>
    /// A participant credential's tag (the start of its secret's hash): after a recovery link moves a
    /// member to a new device, the old device's connections close and the new one's are spared.
    /// </summary>
    public const string CredentialTag = "credential";

    public static string? TeamId(this ClaimsPrincipal user) => user.FindFirstValue(Team);

    public static string? ParticipantId(this ClaimsPrincipal user) => user.FindFirstValue(Participant);

    public static string? FacilitatorKeyId(this ClaimsPrincipal user) => user.FindFirstValue(FacilitatorKey);

    public static string? CredentialTagOf(this ClaimsPrincipal user) => user.FindFirstValue(CredentialTag);

    /// <summary>The tag of a credential with this secret hash (see <see cref="CredentialTag"/>).</summary>
    public static string TagOf(string secretHash) => Sessions.CredentialRevocation.TagOf(secretHash);

    /// <summary>Who this is, for a security log line: an id, never a name or a credential.</summary>
    public static string Describe(this ClaimsPrincipal user) =>
        user.ParticipantId() is { } participantId ? $"participant {participantId}"
        : user.FacilitatorKeyId() is { } keyId ? $"facilitator key {keyId}"
        : "an anonymous connection";

    public static bool IsFacilitator(this ClaimsPrincipal user) => user.IsInRole(LiveRoles.Facilitator);

    public static bool IsParticipant(this ClaimsPrincipal user) => user.IsInRole(LiveRoles.Participant);
}
