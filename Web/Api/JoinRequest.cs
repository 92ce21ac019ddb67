namespace AntiLeadership.Live.Web.Api;

/// <summary>
/// A join. <paramref name="KeepName"/>: a phone rejoining by itself with its credential asks to keep the
/// name the team knows it by; <paramref name="DisplayName"/> is then used only if the credential is not
/// (or no longer) one of the team's.
/// </summary>
public sealed record JoinRequest(string? DisplayName, string? Credential, bool KeepName = false);
