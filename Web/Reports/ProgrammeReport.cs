namespace AntiLeadership.Live.Web.Reports;

/// <summary>The team's whole programme as its report shows it: every session so far, oldest first, and the living plan.</summary>
public sealed record ProgrammeReport(
    string TeamId,
    string TeamName,
    DateTimeOffset ExportedAt,
    IReadOnlyList<SessionReport> Sessions,
    IReadOnlyList<ReportedCommitment> Plan);
