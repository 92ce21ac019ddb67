namespace AntiLeadership.Live.Bench;

/// <summary>
/// What one burst was told was stored: each participant's credential and the last ballot the server
/// acknowledged to them. Enough to read the votes back later, from a server restarted in between.
/// </summary>
public sealed record AcknowledgedVotes(
    string SessionId,
    string FacilitatorKey,
    string ActivityId,
    IReadOnlyList<string> Credentials,
    IReadOnlyList<IReadOnlyDictionary<string, int>> LastBallots);
