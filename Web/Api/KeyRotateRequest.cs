namespace AntiLeadership.Live.Web.Api;

/// <summary>Which session's console the new link should open.</summary>
public sealed record KeyRotateRequest(string? SessionId);
