using AntiLeadership.Live.Programme;

namespace AntiLeadership.Live.Web.Reports;

/// <summary>
/// A commitment of the living plan as a report shows it: its owners as the members' names (none means
/// the whole team), never as participant ids, and its log of dated notes, oldest first.
/// </summary>
public sealed record ReportedCommitment(
    string CommitmentId,
    string What,
    string Why,
    IReadOnlyList<string> Owners,
    string FirstStep,
    DateOnly? ReviewOn,
    CommitmentStatus Status,
    DateTimeOffset CreatedAt,
    IReadOnlyList<PlanNote> Notes);
