namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>The member a recovery link gave back, with the new device's credential.</summary>
public sealed record Recovered(string TeamId, string ParticipantId, string DisplayName, string Credential);
