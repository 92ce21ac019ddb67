namespace AntiLeadership.Live.Web.Api;

/// <summary>Who the new co-facilitator key is for, and which session's console its link opens.</summary>
public sealed record KeyIssueRequest(string? Label, string? SessionId);
