namespace AntiLeadership.Live.Web.Api;

public sealed record WorkshopStartRequest(string? TeamName, string? SessionTitle);
