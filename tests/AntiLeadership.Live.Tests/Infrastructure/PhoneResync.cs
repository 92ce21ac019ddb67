using AntiLeadership.Live.Activities;

namespace AntiLeadership.Live.Tests.Infrastructure;

/// <summary>
/// What a phone got back when it reconnected: its own ballot and the activity, as the server sends
/// them on every connect, next to what the phone knew then (its last acknowledged ballot, and the one
/// it was still sending, which may or may not have been stored before the node died).
/// </summary>
public sealed record PhoneResync(
    Ballot Ballot,
    CulturePrioritiesView Activity,
    IReadOnlyDictionary<string, int>? Acknowledged,
    IReadOnlyDictionary<string, int>? Sending)
{
    /// <summary>True when the ballot that came back is one this phone had sent: acknowledged, or in flight.</summary>
    public bool GaveBackOwnBallot =>
        new[] { Acknowledged, Sending }.Any(sent => sent is not null && sent.Count == Ballot.Dots.Count && !sent.Except(Ballot.Dots).Any());
}
