namespace AntiLeadership.Live.Web.TeamHome;

/// <summary>
/// Who is looking at the team home: a facilitator (everything, and the controls; <see cref="Lead"/> with
/// the team's lead key, which alone may delete the team), or a member on their own device.
/// </summary>
public sealed record HomeViewer(bool Facilitator, string? ParticipantId, string Name, bool Lead = false);
