namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>A one-time link that gives a member their identity back on a new device, and until when it works.</summary>
public sealed record RecoveryLink(string Link, DateTimeOffset ExpiresAt);
