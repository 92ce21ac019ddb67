namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>Who is looking at the team home: a facilitator (everything, and the controls), or a member on their own device.</summary>
public sealed record HomeViewer(bool Facilitator, string? ParticipantId, string Name);
