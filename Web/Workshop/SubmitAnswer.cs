namespace AntiLeadership.Live.Web.Workshop;

/// <summary>
/// What a phone is told about its input. <see cref="Contribution"/> is typed as object so it reaches the
/// browser with its kind's own members (a declared abstract type would be written without them).
/// </summary>
public sealed record SubmitAnswer(bool Accepted, bool AlreadyCounted, string? Rejection, object Contribution);
