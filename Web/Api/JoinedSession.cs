namespace AntiLeadership.Live.Web.Api;

public sealed record JoinedSession(string SessionId, string TeamId, string ParticipantId, string DisplayName, string Credential);
