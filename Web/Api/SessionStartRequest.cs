namespace AntiLeadership.Live.Web.Api;

public sealed record SessionStartRequest(string? SessionTitle);
