namespace AntiLeadership.Live.Web.Api;

public sealed record JoinRequest(string? DisplayName, string? Credential);
