namespace AntiLeadership.Live.Web.Api;

/// <summary>Starting a workshop; <paramref name="StartKey"/> only where the server sets <c>Live:StartKey</c>.</summary>
public sealed record WorkshopStartRequest(string? TeamName, string? SessionTitle, string? StartKey = null);
