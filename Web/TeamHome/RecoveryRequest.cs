namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>
/// A phone redeeming a recovery link: the link's parts, and the secret the phone made for its new
/// credential (so a retry after a lost answer redeems the same way and is answered the same).
/// </summary>
public sealed record RecoveryRequest(string? TeamId, string? ParticipantId, string? Secret, string? NewSecret);
