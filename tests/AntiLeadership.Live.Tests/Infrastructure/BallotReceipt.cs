using System.Text.Json.Serialization;
using AntiLeadership.Live.Activities.CulturePriorities;

namespace AntiLeadership.Live.Tests;

/// <summary>The hub's answer to a culture-priorities submission, as a phone reads it: its contribution is a ballot.</summary>
public sealed record BallotReceipt(
    bool Accepted,
    bool AlreadyCounted,
    string? Rejection,
    [property: JsonPropertyName("contribution")] Ballot Ballot);
