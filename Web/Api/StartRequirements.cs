namespace AntiLeadership.Live.Web.Api;

/// <summary>What the start page must ask for before it can start a workshop on this server.</summary>
public sealed record StartRequirements(bool StartKeyRequired);
