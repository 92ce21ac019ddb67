namespace AntiLeadership.Live.Bench;

/// <summary>
/// What one burst was told was stored: each participant's credential and the last input the server
/// acknowledged to them (in the activity's kind). Enough to read the votes back later, from a server restarted in between.
/// </summary>
public sealed record AcknowledgedVotes(
    string SessionId,
    string FacilitatorKey,
    string ActivityId,
    IReadOnlyList<string> Credentials,
    BenchKind Kind,
    IReadOnlyList<object?> LastInputs);
