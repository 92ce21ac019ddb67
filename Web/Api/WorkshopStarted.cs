namespace AntiLeadership.Live.Web.Api;

/// <summary>Returned once, to the facilitator who started the workshop: the only time the key is shown by the server.</summary>
public sealed record WorkshopStarted(
    string TeamId,
    string SessionId,
    string JoinCode,
    string FacilitatorKey,
    string FacilitatorUrl,
    string JoinUrl,
    string BoardUrl);
