namespace AntiLeadership.Live.Web.Api;

/// <summary>What a phone learns from a code: which session it opens, and whether it takes newcomers now.</summary>
public sealed record SessionLookup(string SessionId, string TeamId, string TeamName, string SessionTitle, bool JoiningOpen);
