namespace AntiLeadership.Live.Web.Api;

/// <summary>Automatic deletion: days after the team's last session, or null for never.</summary>
public sealed record RetentionRequest(int? Days);
