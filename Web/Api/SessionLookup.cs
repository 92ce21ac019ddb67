namespace AntiLeadership.Live.Web.Api;

public sealed record SessionLookup(string SessionId, string TeamId, string TeamName, string SessionTitle);
